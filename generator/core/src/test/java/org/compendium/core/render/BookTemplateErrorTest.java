package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.DiagnosticFormatter;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.publish.OutputManifest;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A broken PDF or EPUB template (a FreeMarker syntax error, a runtime error, a wrong directive) fails the build
 * with one error at the template's file:line:column, naming the book it was rendering, and leaves the previous
 * output as it was. The demo content has three editions: an error that fails all three is still listed once.
 */
class BookTemplateErrorTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
        "pdf  | syntax   | book.ftlx   | <title>${title}</title> | <title>${title</title>"
            + " | templates/pdf/book.ftlx:11:16: error: template syntax error: Encountered \"/\"",
        "pdf  | runtime  | policy.ftlx | <div class=\"rh\">${policy.title}</div>"
            + " | <div class=\"rh\">${policy.name}</div>"
            + " | templates/pdf/policy.ftlx:3:19: error: template error while rendering downloads/compendium-2022.pdf"
            + " (and 2 other books): The following has evaluated to null or missing [policy.name]",
        "epub | syntax   | note.ftlx   | 发布日期：${note.issued}</p> | 发布日期：${note.issued</p>"
            + " | templates/epub/note.ftlx:",
        "epub | runtime  | policy.ftlx | <td>${policy.issued}</td> | <td>${policy.issued?number}</td>"
            + " | templates/epub/policy.ftlx:10:34: error: template error while rendering downloads/compendium-2022.epub"
            + " (and 2 other books): Can't convert this string to number: \"2022年3月15日\"",
        "epub | directive | book.ftlx  | level=3> | level=4>"
            + " | templates/epub/book.ftlx:22:1: error: template error while rendering downloads/compendium-2022.epub"
            + " (and 2 other books): table of contents level [4] cannot follow an entry of level 2;"
            + " expected a level from 1 to 3",
        "epub | entry    | book.ftlx   | anchor=r.anchor level=2/> | anchor=\"cmp-nowhere\" level=2/>"
            + " | templates/epub/book.ftlx:32:1: error: template error while rendering downloads/compendium-2024.epub:"
            + " the entry [示例市高新技术企业培育扶持办法（2024年修订）修订对照表] leads to [cmp-nowhere], which is no element"
            + " id of compare.xhtml; expected the id of an element of the chapter declared last"})
    void aBrokenTemplateFailsOnceAtItsLineAndKeepsTheOutput(String format, String kind, String file, String line,
                                                           String broken, String expected, @TempDir Path tmp)
            throws IOException {
        Path templates = tmp.resolve("templates");
        ContentFolder.copyTree(ContentFolder.TEMPLATES, templates);
        Path template = templates.resolve(format).resolve(file);
        String text = Files.readString(template, StandardCharsets.UTF_8);
        assertTrue(text.contains(line), () -> template + " no longer contains [" + line + "]; update this test");
        Files.writeString(template, text.replace(line, broken), StandardCharsets.UTF_8);
        Path out = tmp.resolve("site-output");
        Files.createDirectories(out.resolve("downloads"));
        Files.writeString(out.resolve("downloads/compendium-2024." + format), "the previous edition");
        OutputManifest.rewrite(out); // as the earlier build left it
        Map<String, String> before = TreeDigest.of(out);

        Path content = ContentFolder.PROJECT.resolve("content");
        BuildRequest request = BuildRequest.builder(content).outputDir(out).templatesDir(templates)
                .formats(EnumSet.of(format.equals("pdf") ? OutputFormat.PDF : OutputFormat.EPUB))
                .timestamp(Instant.parse("2025-06-30T08:00:00Z")).build();
        BuildResult result = new CompendiumBuilder().build(request);

        assertFalse(result.published());
        DiagnosticFormatter formatter = new DiagnosticFormatter(content, tmp);
        List<String> errors = result.diagnostics().stream().map(formatter::format).toList();
        assertEquals(1, errors.size(), errors::toString);
        assertTrue(errors.getFirst().startsWith(expected), () -> errors.getFirst() + "\nexpected: " + expected);
        assertEquals(before, TreeDigest.of(out));
    }
}
