package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The torture fixture ({@code fixtures/pdf-torture}): citations and 文号 at every position of a line, long
 * Latin tokens, numbers and URLs, a 20-column table, code spans and blocks. Typeset, then read back with
 * poppler: nothing may be lost, clipped or set in a font that is not embedded.
 */
class PdfTortureTest {
    @TempDir
    static Path temp;
    static Path pdf;
    static BuildResult result;

    @BeforeAll
    static void build() {
        ContentFolder content = ContentFolder.create(temp, ContentFolder.RESOURCES.resolve("fixtures/pdf-torture"));
        Path out = temp.resolve("out");
        BuildRequest request = BuildRequest.builder(content.root()).outputDir(out).templatesDir(ContentFolder.TEMPLATES)
                .formats(EnumSet.of(OutputFormat.PDF)).editions(List.of(2023)).timestamp(DemoEditions.TIME).build();
        result = new CompendiumBuilder().build(request);
        pdf = PdfRenderer.file(out, 2023);
    }

    @Test
    void buildsWithoutProblems() {
        assertTrue(result.published() && result.diagnostics().stream().allMatch(Diagnostic::isInfo),
                () -> result.diagnostics().toString());
    }

    @Test
    void everyWordLiesInsideTheTextBlock() {
        List<String> strays = TypeArea.of(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET)).strays(pdf);
        assertTrue(strays.isEmpty(), () -> strays.size() + " words outside the text block:\n" + String.join("\n", strays));
    }

    /**
     * In a table with room for it, a narrow column's short header (序号, 申报时间), a header's bracketed group （万元）
     * and a telephone number print on one line each, not a character or a few a line (the 20-column table, which
     * has no room, still breaks its cells: everyWordLiesInsideTheTextBlock).
     */
    @Test
    void shortCellsOfARoomyTableStayOnOneLine() {
        List<String> words = TypeArea.pages(pdf, false).stream().flatMap(p -> p.words().stream())
                .map(TypeArea.Word::text).toList();
        List<String> broken = List.of("序号", "申报时间", "（万元）", "0000-12345678").stream()
                .filter(w -> !words.contains(w)).toList();
        assertTrue(broken.isEmpty(), () -> "not on one line: " + broken);
    }

    /**
     * Every character of the source text (its Markdown markup and link targets aside) is in the PDF as often
     * as in the source, and each paragraph of plain text comes out whole, in order, however it was broken.
     */
    @Test
    void noCharacterOfTheSourceIsLost() throws java.io.IOException {
        String source = java.nio.file.Files.readString(ContentFolder.RESOURCES.resolve(
                "fixtures/pdf-torture/policies/2023/sl-torture.md"));
        String body = source.substring(source.indexOf("\n# ") + 1);
        String body2 = body.replaceAll("\\]\\([^)]*\\)", "").replaceAll("</?code>", "").replaceAll("(?m)^#+ ", "")
                .replaceAll("(?m)^\\|(-+\\|)+$", "").replace("```", "").replaceAll("[\\[\\]`|]", "");
        String text = TypeArea.of(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET)).bodyText(pdf);
        java.util.Map<Integer, Long> inPdf = count(text);
        count(body2).forEach((c, n) -> assertTrue(inPdf.getOrDefault(c, 0L) >= n, () -> "lost: "
                + new String(Character.toChars(c)) + " (" + n + " in the source, " + inPdf.getOrDefault(c, 0L) + " in the PDF)"));
        String squeezed = PdfTools.squeezed(text);
        for (String line : body.split("\n")) {
            if (!line.isBlank() && !line.matches(".*[\\[\\]|`#<].*")) {
                String expected = PdfTools.squeezed(line);
                assertTrue(squeezed.contains(expected), () -> "paragraph not whole in the PDF: " + expected);
            }
        }
    }

    private static java.util.Map<Integer, Long> count(String text) {
        return PdfTools.squeezed(text).codePoints().boxed().collect(java.util.stream.Collectors.groupingBy(
                c -> c, java.util.stream.Collectors.counting()));
    }

    @Test
    void codeIsSetInAnEmbeddedMonospaceFont() {
        String fonts = PdfTools.run("pdffonts", pdf.toString());
        assertTrue(fonts.lines().anyMatch(row -> row.toLowerCase(java.util.Locale.ROOT).contains("mono")
                && row.matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$")), fonts);
        String text = PdfTools.squeezed(String.join("", PdfTools.pages(pdf)));
        for (String code : List.of("x=1", "y=2", "for(inti=0;i<n;i++){total+=amounts[i];}",
                "#计算补助金额（单位：万元）", "amount=min(rd_expense*0.1,500)", "indented_code=\"缩进代码块\"")) {
            assertTrue(text.contains(code), () -> "code lost: " + code);
        }
    }
}
