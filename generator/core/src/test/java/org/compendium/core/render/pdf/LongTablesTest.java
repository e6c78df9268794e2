package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.openpdf.newtable.TableSectionBox;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.Box;

/**
 * A long table is laid out in linear time (issue 16: a table of 7,500 rows took 13 s, of 30,000 rows 95 s). The
 * renderer measures, for each row, the cells of every row of its row group, so the work is the sum of the squares
 * of the groups' sizes; {@link LongTables} cuts the rows into groups of {@link LongTables#ROWS}.
 */
class LongTablesTest {

    private static String rows(int n, int from) {
        StringBuilder rows = new StringBuilder();
        for (int i = from; i < from + n; i++) {
            rows.append("<tr><td>第").append(i).append("项</td><td>按10%给予补助</td></tr>");
        }
        return rows.toString();
    }

    @Test
    void theRowsOfALongTableGoIntoGroupsInOrderAndNoRowspanIsCut() throws IOException {
        String spanning = "<tr><td rowspan=\"3\">跨三行</td><td>a</td></tr><tr><td>b</td></tr><tr><td>c</td></tr>";
        Document book = PrintFixture.book("<table><thead><tr><th>项目</th><th>标准</th></tr></thead><tbody id=\"t\">" + rows(99, 0)
                + spanning + rows(348, 102) + "</tbody></table>");
        List<String> before = book.select("tbody tr").eachText();
        LongTables.cut(book.body());
        Element table = book.selectFirst("table");
        assertEquals(List.of("thead", "tbody", "tbody", "tbody", "tbody", "tbody"),
                table.children().stream().map(Element::tagName).toList());
        assertEquals(before, book.select("tbody tr").eachText(), "every row, in order");
        List<Integer> sizes = table.select("tbody").stream().map(t -> t.children().size()).toList();
        assertEquals(List.of(102, 100, 100, 100, 48), sizes, "the first group holds the rowspan's three rows");
        assertEquals(1, book.select("#t").size());
    }

    @Test
    void rowsStraightInATableAreGroupedToo() throws IOException {
        Document book = PrintFixture.book("<table>" + rows(250, 0) + "</table>");
        LongTables.cut(book.body());
        assertEquals(List.of(100, 100, 50), book.select("table > tbody").stream().map(t -> t.children().size()).toList());
        assertEquals(0, book.select("table > tr").size());
    }

    @Test
    void shortTablesAreLeftAlone() throws IOException {
        Document book = PrintFixture.book("<table><tbody>" + rows(2 * LongTables.ROWS, 0) + "</tbody></table>");
        String before = book.outerHtml();
        LongTables.cut(book.body());
        assertEquals(before, book.outerHtml());
    }

    /** The layout work, the sum over row groups of rows × rows, grows 2× for 2× the rows (4× without the cut). */
    @Test
    void layoutWorkGrowsLinearlyWithTheRows() throws IOException {
        FontSet fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
        LongRunsTest.assertGrowth((n, prepared) -> work(n, fonts, prepared), 600, 2.2, 3.8);
    }

    private static long work(int rows, FontSet fonts, boolean cut) throws IOException {
        Document book = PrintFixture.book("<table><thead><tr><th>项目</th><th>标准</th></tr></thead><tbody>" + rows(rows, 0)
                + "</tbody></table>");
        if (cut) {
            PdfRenderer.prepare(book);
        }
        ITextRenderer renderer = PdfRenderer.layout(book, fonts.resolver(), null);
        long[] work = {0};
        visit(renderer.getRootBox(), work);
        return work[0];
    }

    private static void visit(Box box, long[] work) {
        if (box instanceof TableSectionBox section) {
            work[0] += (long) section.getChildCount() * section.getChildCount();
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            visit(box.getChild(i), work);
        }
    }
}
