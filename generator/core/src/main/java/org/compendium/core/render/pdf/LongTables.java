package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Cuts the rows of a long table into row groups of about {@value #ROWS} before layout. The renderer lays out
 * each row by measuring the cells of every row of its group again, so a table of 30,000 rows in one
 * {@code tbody} took rows × rows (issue 16: 7,500 rows 13 s, 30,000 rows 95 s); groups of a hundred rows keep
 * that linear. Several {@code tbody} in a row are one table to the reader: the columns, borders and the
 * header repeated on each page stay as they were. A cut never falls inside a cell's {@code rowspan}.
 */
final class LongTables {
    /** Rows per group after cutting. */
    static final int ROWS = 100;

    private LongTables() {
    }

    /** Cuts every row group below {@code root} (or rows directly in a table) of more than 2 × {@link #ROWS}. */
    static void cut(Element root) {
        List<Element> groups = new ArrayList<>();
        for (Element table : root.getElementsByTag("table")) {
            if (rows(table) > 2 * ROWS) {
                groupRows(table);
            }
            for (Element tbody : table.children()) {
                if (tbody.normalName().equals("tbody") && rows(tbody) > 2 * ROWS) {
                    groups.add(tbody);
                }
            }
        }
        groups.forEach(LongTables::cutGroup);
    }

    private static long rows(Element group) {
        return group.children().stream().filter(LongTables::isRow).count();
    }

    private static boolean isRow(Node node) {
        return node instanceof Element e && e.normalName().equals("tr");
    }

    /** Puts rows straight in a table (raw HTML) into a tbody, where the first of them was. */
    private static void groupRows(Element table) {
        List<Node> children = new ArrayList<>(table.childNodes());
        table.empty();
        Element tbody = null;
        for (Node child : children) {
            if (isRow(child) && tbody == null) {
                tbody = table.appendElement("tbody");
            }
            (isRow(child) ? tbody : table).appendChild(child);
        }
    }

    /**
     * Puts the rows of a tbody into parts of {@link #ROWS} rows (each row with the nodes before it, such as white
     * space): the first part stays, each other goes into a copy of the tbody after it. The children are detached
     * all at once: moving them one by one costs a search of the tbody's list each.
     */
    private static void cutGroup(Element tbody) {
        List<Node> children = new ArrayList<>(tbody.childNodes());
        tbody.empty();
        Element target = tbody;
        int inPart = 0;
        int row = 0;
        int spannedTo = 0; // the first row no rowspan of the rows so far reaches into
        for (Node child : children) {
            if (child instanceof Element tr && isRow(tr)) {
                if (inPart >= ROWS && row >= spannedTo) {
                    Element next = tbody.shallowClone();
                    next.removeAttr("id");
                    target.after(next);
                    target = next;
                    inPart = 0;
                }
                spannedTo = Math.max(spannedTo, row + maxRowspan(tr));
                row++;
                inPart++;
            }
            target.appendChild(child);
        }
    }

    private static int maxRowspan(Element row) {
        int max = 1;
        for (Element cell : row.children()) {
            try {
                max = Math.max(max, Integer.parseInt(cell.attr("rowspan").strip()));
            } catch (NumberFormatException e) {
                // no rowspan, or not a number: one row
            }
        }
        return max;
    }
}
