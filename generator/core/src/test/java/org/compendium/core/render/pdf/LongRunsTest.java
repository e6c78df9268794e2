package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openpdf.layout.Layer;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.PageBox;

/**
 * Thousands of sibling paragraphs are typeset in linear time (issue 16: 30,000 lines of 第N条 x took 36 s, two
 * thirds of it in the renderer's walk, for each page, over every paragraph of the block). {@link LongRuns} puts
 * them into groups of {@link LongRuns#GROUP}.
 */
class LongRunsTest {

    private static String paragraphs(int n, int from) {
        StringBuilder text = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            text.append("<p id=\"art-").append(i).append("\" class=\"clause\">第").append(i).append("条 申报材料。</p>\n");
        }
        return text.toString();
    }

    @Test
    void longRunsOfParagraphsAreGroupedInOrderAndNeverAfterAParagraphKeptWithTheNext() throws IOException {
        String body = "<h2>第一章</h2>\n" + paragraphs(99, 1) + "<p class=\"keep-next\">保持</p>\n" + paragraphs(150, 100)
                + "<h2>第二章</h2>\n" + paragraphs(30, 250) + "<h2>第三章</h2>\n" + paragraphs(300, 280);
        Document book = PrintFixture.book(body);
        Element doc = book.selectFirst(".doc-body");
        List<String> before = doc.select("p, h2").eachText();
        LongRuns.group(doc);
        assertEquals(before, doc.select("p, h2").eachText(), "every paragraph, in order");
        assertEquals(List.of("h2", "div", "div", "div", "h2", "p"), doc.children().stream().limit(6).map(Element::tagName).toList());
        List<Integer> sizes = doc.children().stream().filter(e -> e.tagName().equals("div"))
                .map(d -> d.children().size()).toList();
        assertEquals(List.of(101, 100, 49, 100, 100, 100), sizes, "a group runs on past the keep-next paragraph;"
                + " the run of 30 stays as it was");
        assertTrue(doc.children().stream().filter(e -> e.tagName().equals("div")).allMatch(d -> d.attributes().isEmpty()));
        assertEquals("保持", doc.child(1).child(99).text());
    }

    @Test
    void aChainOfParagraphsKeptWithTheNextLongerThanAPageIsGroupedToo() throws IOException {
        // Short unpunctuated lines (第N条 x) are all keep-next; no page can hold a chain of hundreds of them.
        Document book = PrintFixture.book(paragraphs(500, 1).replace("class=\"clause\"", "class=\"clause keep-next\""));
        Element doc = book.selectFirst(".doc-body");
        LongRuns.group(doc);
        assertEquals(List.of(100, 100, 100, 100, 100), doc.children().stream().map(d -> d.children().size()).toList());
        // The renderer sets such a chain page after page as if none were kept; kept, each group would start a page.
        assertEquals(0, doc.select("p.keep-next").size());
    }

    @Test
    void fewerParagraphsAreLeftAlone() throws IOException {
        Document book = PrintFixture.book(paragraphs(2 * LongRuns.GROUP, 1) + "<h2>章</h2>" + paragraphs(2 * LongRuns.GROUP, 500));
        String before = book.outerHtml();
        LongRuns.group(book.body());
        assertEquals(before, book.outerHtml());
    }

    /** The painting work, for each page the children of every block it shows: 2× for 2× the paragraphs (4× without). */
    @Test
    void paintingWorkGrowsLinearlyWithTheParagraphs() throws IOException {
        FontSet fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
        assertGrowth((n, prepared) -> work(n, fonts, prepared), 1_000, 2.3, 3.5);
    }

    /** The renderer's work for n units of input, with or without {@link PdfRenderer#prepare}. */
    interface Work {
        long at(int n, boolean prepared) throws IOException;
    }

    /**
     * Doubling n multiplies the work by less than {@code linearBelow} once prepared, and by more than
     * {@code squareAbove} without (so the count does see the square growth the preparation removes).
     */
    static void assertGrowth(Work work, int n, double linearBelow, double squareAbove) throws IOException {
        double prepared = (double) work.at(2 * n, true) / work.at(n, true);
        assertTrue(prepared < linearBelow, "2× the input, " + prepared + "× the work");
        double unprepared = (double) work.at(2 * n, false) / work.at(n, false);
        assertTrue(unprepared > squareAbove, "the count sees the square growth: " + unprepared + "×");
    }

    /**
     * Every line lands where it did without the groups: the same pages, the same places. A chain of 250 paragraphs
     * kept with the next is set as the same paragraphs not kept (ungrouped, the renderer moved its start to a new
     * page, leaving the page before it empty, and then set it page after page).
     */
    @Test
    void theLinesLandWhereTheyDidWithoutTheGroups() throws IOException {
        FontSet fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
        String plain = "<h2>第一章</h2>" + paragraphs(250, 1) + "<h2>第二章</h2>" + paragraphs(450, 300);
        String chain = plain.replace("class=\"clause\"", "class=\"clause keep-next\"");
        assertEquals(lines(plain, fonts, false), lines(plain, fonts, true));
        assertEquals(lines(plain, fonts, false), lines(chain, fonts, true));
    }

    private static List<Integer> lines(String body, FontSet fonts, boolean group) throws IOException {
        Document book = PrintFixture.book(body);
        if (group) {
            PdfRenderer.prepare(book);
            assertTrue(book.select(".doc-body > div").size() >= 6, () -> "grouped: " + book.selectFirst(".doc-body").children().stream().map(Element::tagName).distinct().toList() + book.selectFirst(".doc-body").childrenSize());
        }
        List<Integer> ys = new java.util.ArrayList<>();
        collectLines(PdfRenderer.layout(book, fonts.resolver(), null).getRootBox(), ys);
        return ys;
    }

    private static void collectLines(Box box, List<Integer> ys) {
        if (box instanceof org.openpdf.render.LineBox) {
            ys.add(box.getAbsY());
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collectLines(box.getChild(i), ys);
        }
    }

    private static long work(int n, FontSet fonts, boolean group) throws IOException {
        Document book = PrintFixture.book(paragraphs(n, 1));
        if (group) {
            PdfRenderer.prepare(book);
        }
        return paintingWork(PdfRenderer.layout(book, fonts.resolver(), null));
    }

    /** For each page, the children of every block it shows (what the renderer walks to paint the page). */
    static long paintingWork(ITextRenderer renderer) {
        Layer layer = renderer.getRootBox().getLayer();
        long[] work = {0};
        visit(renderer.getRootBox(), layer.getPages(), work);
        return work[0];
    }

    private static void visit(Box box, List<PageBox> pages, long[] work) {
        if (box instanceof BlockBox && box.getChildCount() > 0) {
            int top = box.getAbsY();
            int bottom = top + box.getHeight();
            long shown = pages.stream().filter(page -> page.getTop() < bottom && page.getBottom() > top).count();
            work[0] += box.getChildCount() * shown;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i), pages, work);
        }
    }
}
