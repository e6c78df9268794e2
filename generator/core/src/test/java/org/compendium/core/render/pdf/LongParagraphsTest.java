package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.layout.Layer;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.LineBox;
import org.openpdf.render.PageBox;

/**
 * An over-long paragraph is typeset in linear time (issue 16: one 800,000-character paragraph took 23–48 s in
 * the PDF). To paint a page the renderer walks every line of each block on that page, so one block spread over
 * P pages with L lines cost P × L, which grows with the square of the paragraph. {@link LongParagraphs} cuts it
 * into blocks of a few hundred lines, without changing a character.
 */
class LongParagraphsTest {
    private static final String SENTENCE = "为深入实施创新驱动发展战略，推动科技成果转化，支持 AI model 研发，制定本办法。";
    @TempDir
    Path tmp;

    private static String paragraph(int length) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < length; i++) {
            text.append("第").append(i).append("项").append(SENTENCE);
        }
        return text.toString();
    }

    private static Document book(String paragraphHtml) throws IOException {
        return PrintFixture.book(paragraphHtml + "<p>短</p>");
    }

    @Test
    void aLongParagraphBecomesBlocksEndingAtSentenceEndsWithTheSameText() throws IOException {
        String text = paragraph(3 * LongParagraphs.CHUNK);
        int boldFrom = LongParagraphs.CHUNK - 100;
        String html = "<p id=\"art-1\">" + text.substring(0, boldFrom) + "<b id=\"b1\">" + text.substring(boldFrom,
                boldFrom + 300) + "</b>" + text.substring(boldFrom + 300) + "</p>";
        Document book = book(html);
        Element p = book.selectFirst("p#art-1");
        LongParagraphs.cut(book.body());
        assertEquals(text, p.wholeText(), "not a character added, lost or moved");
        List<Element> parts = p.children();
        assertEquals(3, parts.size(), parts.toString());
        int at = 0;
        for (int i = 0; i < parts.size(); i++) {
            Element part = parts.get(i);
            assertEquals("div", part.tagName());
            assertEquals(i == 0 ? "" : "text-indent: 0", part.attr("style"), "only the first line is indented");
            at += part.wholeText().length();
            if (i < parts.size() - 1) {
                assertTrue(part.wholeText().length() >= LongParagraphs.CHUNK, "part of " + part.wholeText().length());
                assertEquals('。', text.charAt(at - 1), "cut after a sentence's end");
            }
        }
        assertEquals(1, book.select("#b1").size(), "the id stays on the first part of the bold text");
        assertEquals(2, p.select("b").size(), "the bold text that spans the first cut is bold on both sides");
        assertEquals("短", book.select("p").last().wholeText());
    }

    @Test
    void aParagraphWithoutSentenceEndsIsCutWhereALineMayEnd() throws IOException {
        String text = "政策".repeat(LongParagraphs.LONGEST);
        Document book = book("<p>" + text + "</p>");
        LongParagraphs.cut(book.body());
        Element p = book.selectFirst("p");
        assertEquals(text, p.wholeText());
        assertEquals(4, p.children().size());
        assertTrue(p.children().stream().allMatch(d -> d.wholeText().length() <= LongParagraphs.CHUNK
                + LongParagraphs.SEARCH + 1), p.children().toString());
    }

    @Test
    void shorterParagraphsAreLeftAlone() throws IOException {
        Document book = book("<p>" + paragraph(LongParagraphs.LONGEST - 100) + "</p>");
        String before = book.outerHtml();
        LongParagraphs.cut(book.body());
        assertEquals(before, book.outerHtml());
    }

    /**
     * The painting work, as the renderer does it: for each page, the lines of every block that page shows.
     * Doubling the paragraph doubles it (pages and blocks double, lines per block stay); without the cut it
     * quadruples, which the same count shows.
     */
    @Test
    void paintingWorkGrowsLinearlyWithTheParagraph() throws IOException {
        FontSet fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
        long small = paintWork(paragraph(40_000), fonts, true);
        long large = paintWork(paragraph(80_000), fonts, true);
        double ratio = (double) large / small;
        assertTrue(ratio > 1.7 && ratio < 2.4, "2× the text, " + ratio + "× the work (" + small + ", " + large + ")");
        long uncut = paintWork(paragraph(40_000), fonts, false);
        long uncutLarge = paintWork(paragraph(80_000), fonts, false);
        assertTrue((double) uncutLarge / uncut > 3.5, "the count sees the square growth without the cut: " + uncut
                + ", " + uncutLarge);
        assertTrue(large * 5 < uncutLarge, large + " against " + uncutLarge + " uncut");
    }

    private static long paintWork(String text, FontSet fonts, boolean cut) throws IOException {
        Document book = book("<p>" + text + "</p>");
        if (cut) {
            PdfRenderer.prepare(book);
        } else {
            book.select("body").forEach(LongTexts::cut);
        }
        ITextRenderer renderer = PdfRenderer.layout(book, fonts.resolver(), null);
        Layer layer = renderer.getRootBox().getLayer();
        List<PageBox> pages = layer.getPages();
        long[] work = {0};
        visit(renderer.getRootBox(), pages, work);
        return work[0];
    }

    private static void visit(Box box, List<PageBox> pages, long[] work) {
        int lines = 0;
        for (int i = 0; i < box.getChildCount(); i++) {
            Box child = box.getChild(i);
            if (child instanceof LineBox) {
                lines++;
            } else {
                visit(child, pages, work);
            }
        }
        if (lines > 0 && box instanceof BlockBox) {
            int top = box.getAbsY();
            int bottom = top + box.getHeight();
            long shown = pages.stream().filter(page -> page.getTop() < bottom && page.getBottom() > top).count();
            work[0] += lines * shown;
        }
    }

    /** The paragraph comes back whole from the PDF (pdftotext), and a page of it looks like any other. */
    @Test
    void theCutParagraphReadsBackWholeFromThePdf() {
        // Chinese only: poppler's word boxes put a Latin word ending a line after the next line's first word.
        String text = paragraph(2 * LongParagraphs.LONGEST).replace(" AI model ", "人工智能模型");
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/long.md", "---\nid: long\ntitle: 长段落\n"
                + "issuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n" + text + "\n");
        BuildResult result = new CompendiumBuilder().build(content.request()
                .formats(EnumSet.of(OutputFormat.PDF)).editions(List.of(2023)).build());
        assertTrue(result.published(), result.diagnostics().toString());
        String body = TypeArea.of(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET))
                .bodyText(PdfRenderer.file(tmp.resolve("site-output"), 2023));
        String printed = PdfTools.squeezed(body);
        String expected = PdfTools.squeezed(text);
        int start = printed.indexOf(expected.substring(0, 20));
        int same = 0;
        while (start >= 0 && same < expected.length() && start + same < printed.length()
                && printed.charAt(start + same) == expected.charAt(same)) {
            same++;
        }
        int at = same;
        assertTrue(printed.contains(expected), () -> "the whole paragraph, in order; differs at " + at + " of "
                + expected.length() + ": expected …" + expected.substring(Math.max(0, at - 20), Math.min(expected.length(),
                at + 20)) + "… printed …" + printed.substring(Math.max(0, start + at - 20), Math.min(printed.length(),
                start + at + 20)));
    }
}
