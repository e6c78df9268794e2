package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.EnumSet;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.pdf.ITextRenderer;

/**
 * A table pushed down over a page foot in steps, printed and read back with {@code pdftotext -bbox}: wherever it
 * falls, its header row stands right above its first row, as high above it as each row above the next, on the
 * same page. The renderer had left gaps of up to a row
 * under the header: when the header fitted at the page foot but the first row did not (the first row grew), and
 * when the table's top stayed at the foot of a page while its rows went on to the next (the header was drawn at the
 * page top as if repeated, above a gap; a 200-policy corpus, 2024 edition p.16).
 */
class TableStartsTest {
    /** How far apart the rows of a one-line table stand: 18 pt lines, 3 pt padding above and below, a rule. */
    private static final double ROW_PT = 24.75;
    private static FontSet fonts;
    @TempDir
    Path tmp;

    @BeforeAll
    static void fonts() throws IOException {
        fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
    }

    private static String table() {
        StringBuilder t = new StringBuilder("<table><thead><tr><th>类别</th><th>补助比例</th><th>上限（万元）</th></tr></thead><tbody>");
        for (int i = 1; i <= 6; i++) {
            t.append("<tr><td>成果转化").append(i).append("</td><td>14%</td><td>20</td></tr>");
        }
        return t.append("</tbody></table>").toString();
    }

    @Test
    void aTableWhoseFirstRowDoesNotFitUnderItsHeaderHasNoGap() throws IOException {
        assertNoGaps("", 640);
    }

    @Test
    void aTableAfterAParagraphHasNoGap() throws IOException {
        assertNoGaps("<p>设立咨询分发总台，增设服务热线电话。</p>", 616);
    }

    /**
     * A policy of the shared corpus (a list, then a table) set with 22 to 27 lines of text before it: with 24 or 25
     * the table's box stayed at a page foot while its rows went on to the next page, and its header row was drawn at
     * the top of that page a row's height above its first row.
     */
    @Test
    void aTableAfterAListInAWholeBookHasNoGap() throws IOException {
        String policy = Files.readString(ContentFolder.RESOURCES.resolve("fixtures/table-after-list/xm-kj-2015-0004.md"));
        int body = policy.indexOf('\n', policy.indexOf("\n# ") + 1) + 1;
        List<String> found = new ArrayList<>();
        for (int lines = 22; lines <= 27; lines++) {
            StringBuilder text = new StringBuilder(policy.substring(0, body)).append('\n');
            for (int n = 1; n <= lines; n++) {
                text.append("本条为第").append(n).append("行填充文字，把后面的内容推向页脚。\n\n");
            }
            Path dir = tmp.resolve("b" + lines);
            ContentFolder content = ContentFolder.create(dir)
                    .write("policies/2015/xm-kj-2015-0004.md", text.append(policy.substring(body)).toString())
                    .write("summaries/2015.md", "---\nyear: 2015\ntitle: 2015年度综述\n---\n\n# 2015年度综述\n\n综述。\n");
            BuildResult result = new CompendiumBuilder().build(BuildRequest.builder(content.root())
                    .outputDir(dir.resolve("out")).templatesDir(ContentFolder.TEMPLATES).formats(EnumSet.of(OutputFormat.PDF))
                    .editions(List.of(2015)).timestamp(DemoEditions.TIME).build());
            assertTrue(result.published(), () -> result.diagnostics().toString());
            List<TypeArea.Word> words = TypeArea.pages(PdfRenderer.file(dir.resolve("out"), 2015), false).stream()
                    .flatMap(p -> p.words().stream()).toList();
            TypeArea.Word head = word(words, "类别");
            TypeArea.Word below = words.stream().filter(w -> w.page() == head.page() && w.yMin() > head.yMin() + 1)
                    .min(java.util.Comparator.comparingDouble(TypeArea.Word::yMin)).orElseThrow();
            if (Math.abs(below.yMin() - head.yMin() - ROW_PT) > 1) {
                found.add(lines + " lines before: the first row " + (below.yMin() - head.yMin()) + " pt below the header");
            }
        }
        assertEquals(List.of(), found);
    }

    private void assertNoGaps(String before, int from) throws IOException {
        List<String> found = new ArrayList<>();
        int moved = 0;
        for (int spacer = from; spacer <= from + 40; spacer += 2) {
            Document book = PrintFixture.book("<div style=\"height:" + spacer + "pt\"></div>" + before + table()
                    + "<p>后文。</p>");
            ITextRenderer renderer = PrintFixture.typeset(book, fonts);
            Path pdf = tmp.resolve("t" + spacer + ".pdf");
            try (OutputStream out = Files.newOutputStream(pdf)) {
                renderer.createPDF(out);
            }
            List<TypeArea.Word> words = TypeArea.pages(pdf, false).stream().flatMap(p -> p.words().stream()).toList();
            TypeArea.Word head = word(words, "类别");
            TypeArea.Word row1 = word(words, "成果转化1");
            if (head.page() > 1) {
                moved++;
            }
            double pitch = pitch(words);

            if (head.page() != row1.page() || Math.abs(row1.yMin() - head.yMin() - pitch) > 1) {
                found.add("at " + spacer + " pt: the header on p." + head.page() + " at " + head.yMin() + ", the first row on p."
                        + row1.page() + " at " + row1.yMin() + " (rows " + pitch + " pt apart)");
            }
        }
        assertTrue(moved >= 2, "the steps move the table to the next page: " + moved);
        assertEquals(List.of(), found);
    }

    /** How far apart two rows on one page stand. */
    private static double pitch(List<TypeArea.Word> words) {
        for (int i = 1; i < 6; i++) {
            TypeArea.Word a = word(words, "成果转化" + i);
            TypeArea.Word b = word(words, "成果转化" + (i + 1));
            if (a.page() == b.page()) {
                return b.yMin() - a.yMin();
            }
        }
        throw new AssertionError("no two rows on one page");
    }

    private static TypeArea.Word word(List<TypeArea.Word> words, String start) {
        return words.stream().filter(w -> w.text().startsWith(start)).findFirst().orElseThrow(() -> new AssertionError(
                "no word " + start + " in " + words.stream().map(TypeArea.Word::text).toList()));
    }
}
