package org.compendium.core.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broken template (a FreeMarker syntax error, a runtime error) fails the build with the template's
 * file:line:column (and, for a runtime error, the content file being rendered), and leaves the previous
 * output as it was.
 */
class TemplateErrorTest {
    private static final String TITLE_LINE = "    <h1 id=\"doc-title\">${doc.title()}</h1>";

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "syntax error  | <h1 id=\"doc-title\">${doc.title(}</h1>"
            + " | templates/site/policy.ftlh:13:36: error: template syntax error:"
            + " Encountered \"}\", but at this place only this can be closed: \"(\"; expected valid FreeMarker syntax",
        "runtime error | <h1 id=\"doc-title\">${doc.noSuchProperty}</h1>"
            + " | templates/site/policy.ftlh:13:26: error: template error while rendering policies/2023/sl-base.md:"
            + " The following has evaluated to null or missing [doc.noSuchProperty]"})
    void brokenTemplateFailsWithTemplateLineAndContentFile(String name, String brokenLine, String expected,
                                                          @TempDir Path tmp) throws IOException {
        ContentFolder content = ContentFolder.create(tmp);
        Path templates = tmp.resolve("templates");
        ContentFolder.copyTree(content.request().build().templatesDir(), templates);
        assertEquals(0, new CompendiumBuilder().build(content.request().templatesDir(templates).build()).errorCount());
        Map<String, String> before = TreeDigest.of(tmp.resolve("site-output"));
        Path policy = templates.resolve("site/policy.ftlh");
        List<String> lines = Files.readAllLines(policy, StandardCharsets.UTF_8);
        assertEquals(TITLE_LINE, lines.get(12), "line 13 of the template moved; update this test");
        Files.writeString(policy, String.join("\n", lines).replace(TITLE_LINE, "    " + brokenLine), StandardCharsets.UTF_8);

        BuildResult result = new CompendiumBuilder().build(content.request().templatesDir(templates).build());
        assertFalse(result.published());
        assertEquals(List.of(expected), content.printed(result).stream().distinct().toList());
        assertEquals(before, TreeDigest.of(tmp.resolve("site-output")));
    }
}
