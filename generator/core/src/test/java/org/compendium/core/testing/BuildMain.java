package org.compendium.core.testing;

import java.nio.file.Path;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;

/**
 * A build in a child JVM, for tests that need a real process (SIGKILL, other time zone and locale):
 * {@code BuildMain CONTENT OUTPUT TEMPLATES FORMATS}. Prints the diagnostics; exit status 1 on error.
 */
public final class BuildMain {

    private BuildMain() {
    }

    public static void main(String[] args) {
        BuildRequest request = BuildRequest.builder(Path.of(args[0])).outputDir(Path.of(args[1]))
                .templatesDir(Path.of(args[2])).formats(OutputFormat.parseList(args[3])).build();
        BuildResult result = new CompendiumBuilder().build(request);
        result.diagnostics().forEach(System.err::println);
        System.err.println(result.summary());
        System.exit(result.success() ? 0 : 1);
    }

    /** A command running this main with the test class path in a new JVM. */
    public static ProcessBuilder command(String... args) {
        var command = new java.util.ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(BuildMain.class.getName());
        command.addAll(java.util.List.of(args));
        return new ProcessBuilder(command).redirectErrorStream(true);
    }
}
