package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Tests that need an outside program (Chromium, chromedriver, nginx) are skipped with the reason when it is
 * missing, so that {@code ./mvnw verify} passes on a machine with a JDK and nothing else: the test classes
 * carry {@code @ExtendWith(Tools.Browser.class)} or {@code @ExtendWith(Tools.Nginx.class)}, and each of their
 * tests is reported as skipped with the program's path and how to install it. CI installs them all and sets
 * {@code COMPENDIUM_REQUIRE_TOOLS=1} (.ci/run): there nothing is skipped, and a missing program fails the tests.
 */
final class Tools {
    static final Path CHROMIUM = Path.of(System.getProperty("compendium.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("compendium.chromedriver", "/usr/bin/chromedriver"));
    static final Path NGINX = Path.of(System.getProperty("compendium.nginx", "/usr/sbin/nginx"));

    private Tools() {
    }

    /** Runs the tests when Chromium and chromedriver are installed. */
    static final class Browser implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return present(List.of(CHROMIUM, CHROMEDRIVER), "apt-get install chromium chromium-driver");
        }
    }

    /** Runs the tests when nginx is installed. */
    static final class Nginx implements ExecutionCondition {
        @Override
        public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
            return present(List.of(NGINX), "apt-get install nginx");
        }
    }

    /** Fails (under COMPENDIUM_REQUIRE_TOOLS=1) unless the programs are there: for helpers the tests call. */
    static void require(List<Path> programs, String install) {
        ConditionEvaluationResult result = present(programs, install);
        assertTrue(!result.isDisabled(), result.getReason().orElse(""));
    }

    private static ConditionEvaluationResult present(List<Path> programs, String install) {
        List<String> missing = new ArrayList<>();
        programs.stream().filter(p -> !Files.isExecutable(p)).forEach(p -> missing.add(p.toString()));
        if (missing.isEmpty() || required()) {
            return ConditionEvaluationResult.enabled("installed: " + programs);
        }
        return ConditionEvaluationResult.disabled("skipped: " + String.join(" and ", missing) + " not installed ("
                + install + "; .ci/run installs it)");
    }

    private static boolean required() {
        return "1".equals(System.getenv("COMPENDIUM_REQUIRE_TOOLS"));
    }
}
