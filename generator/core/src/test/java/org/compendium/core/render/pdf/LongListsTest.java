package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;

/**
 * A document's end notes are one list: 30,000 footnotes took 27 s to typeset, 5.9 × the time of 7,500 (issue 16),
 * because the renderer walks every item of the list for each page it paints. {@link LongLists} splits a long list
 * into lists of {@link LongLists#GROUP} whose numbers run on.
 */
class LongListsTest {

    private static Document book(int notes) throws IOException {
        StringBuilder items = new StringBuilder();
        for (int i = 1; i <= notes; i++) {
            items.append("<li id=\"fn-").append(i).append("\"><p>注释").append(i).append("：依据文件。</p></li>\n");
        }
        return PrintFixture.book("<div class=\"footnotes endnotes\"><p class=\"endnotes-title\">注释</p><ol class=\"n\">"
                + items + "</ol></div>");
    }

    @Test
    void aLongListIsSplitInOrderIntoListsWhoseCountersRunOn() throws IOException {
        Document book = book(450);
        Element notes = book.selectFirst(".endnotes");
        List<String> before = notes.select("li").eachText();
        LongLists.split(book.body());
        assertEquals(before, notes.select("li").eachText(), "every item, in order");
        assertEquals(List.of(100, 100, 100, 100, 50), notes.select("ol").stream().map(Element::childrenSize).toList());
        assertEquals(List.of("", "101", "201", "301", "401"),
                notes.select("ol").stream().map(ol -> ol.attr("start")).toList());
        assertTrue(notes.select("ol").stream().allMatch(ol -> ol.hasClass("n")), "the classes go with each list");
        assertEquals(1, book.select("#fn-1").size());
    }

    @Test
    void shorterListsAreLeftAlone() throws IOException {
        Document book = book(2 * LongLists.GROUP);
        String before = book.outerHtml();
        LongLists.split(book.body());
        assertEquals(before, book.outerHtml());
    }

    /** The numbers the renderer gives the items (their markers): 1 to 450 as in one list. */
    @Test
    void theRendererNumbersTheItemsAsOneList() throws IOException {
        FontSet fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
        Document book = book(450);
        PdfRenderer.prepare(book);
        assertEquals(5, book.select("ol").size());
        List<Integer> numbers = new ArrayList<>();
        collectNumbers(PdfRenderer.layout(book, fonts.resolver(), null).getRootBox(), numbers);
        assertEquals(IntStream.rangeClosed(1, 450).boxed().toList(), numbers);
    }

    /** The painting work: 2× for 2× the notes with the split, 4× without. */
    @Test
    void paintingWorkGrowsLinearlyWithTheNotes() throws IOException {
        FontSet fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
        LongRunsTest.assertGrowth((n, prepared) -> work(n, fonts, prepared), 1_000, 2.3, 3.5);
    }

    private static long work(int n, FontSet fonts, boolean split) throws IOException {
        Document book = book(n);
        if (split) {
            PdfRenderer.prepare(book);
        }
        return LongRunsTest.paintingWork(PdfRenderer.layout(book, fonts.resolver(), null));
    }

    private static void collectNumbers(Box box, List<Integer> numbers) {
        if (box instanceof BlockBox block && block.getElement() != null && block.getElement().getNodeName().equals("li")
                && block.getStyle().isListItem()) {
            numbers.add(block.getListCounter());
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collectNumbers(box.getChild(i), numbers);
        }
    }
}
