package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every generated page passes the Nu HTML Checker (the W3C validator's engine) with zero errors. */
class NuHtmlCheckerTest {
    private static final ThreadLocal<EmbeddedValidator> VALIDATOR = ThreadLocal.withInitial(() -> {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        validator.setNoLangDetect(true); // lang="zh-CN" is asserted elsewhere; detection costs most of the time
        return validator;
    });

    static Stream<BuiltSite> sites() {
        return BuiltSite.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyPageIsValidHtml(BuiltSite site) {
        var pages = site.files(".html");
        assertFalse(pages.isEmpty());
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        pages.parallelStream().forEach(page -> errors.addAll(validate(site, page.toString())));
        assertEquals(List.of(), errors.stream().sorted().limit(50).toList(),
                errors.size() + " Nu HTML Checker errors in " + pages.size() + " pages of " + site);
    }

    @org.junit.jupiter.api.Test
    void theCheckerReportsErrors(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html lang=zh-CN><head><title>x</title>"
                + "</head><body><img src=a.png><p><div>x</div></p></body></html>");
        List<String> errors = validate(new BuiltSite("probe", dir, dir), "bad.html");
        assertEquals(2, errors.size(), errors.toString());
    }

    private static List<String> validate(BuiltSite site, String page) {
        try {
            String out = VALIDATOR.get().validate(site.site().resolve(page));
            return out.lines().filter(l -> l.contains(": error:") || l.contains(": fatal:"))
                    .map(l -> page + ":" + l.substring(l.indexOf("\":") + 2)).toList();
        } catch (Exception e) {
            return List.of(page + ": validator failed: " + e);
        }
    }
}
