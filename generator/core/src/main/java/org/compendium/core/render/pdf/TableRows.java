package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Keeps the rows of the book's tables whole. The renderer splits a row of a table that runs over pages
 * ({@code -fs-table-paginate}) as soon as the first line of one of its cells fits on the page, whatever
 * {@code page-break-inside} says: a page could end with the header row and a line of the first row. So the content
 * of every cell goes into a {@code div.cell}, which print.css keeps on one page ({@code page-break-inside: avoid}):
 * a cell's first line then moves with the rest of the cell, and a row that fits on a page moves to the next page
 * whole, under its repeated header row; when the first row moves, the whole table does, header row and all. A row
 * longer than a page still runs on over the break.
 * <p>
 * In a document's table, a cell of a few characters (序号, 申报时间, 500) or a number of up to {@value #NUMBER}
 * characters (0000-12345678, 2024.05.01) gets the class {@code short}, which print.css keeps on one line, as it
 * keeps a header cell's bracketed group （万元） ({@link BracketGroups}, run before): a narrow column would otherwise
 * print its header as 序 / 号, a character a line. Only when the table's columns, each as wide as its widest such
 * cell or group, fit in the type area: then the table gets the class {@code roomy}; a table of many columns still
 * shares the width out and breaks its cells and groups. Only elements and classes are added, never a character changed.
 */
final class TableRows {
    /** The cells of the paginated tables: those of the documents' text and of the appendices. */
    static final String CELLS = "div.doc-body table > * > tr > td, div.doc-body table > * > tr > th, "
            + "table.guide-table td, table.guide-table th, table.compare-table td, table.compare-table th";

    /** The widest text kept on one line: four characters of the tables' 12pt. */
    static final double SHORT_PT = 48;
    /** What the columns may take of the 159 mm (451 pt) type area, their padding and rules included. */
    static final double AREA_PT = 420;
    /** The longest number kept on one line. */
    static final int NUMBER = 16;
    private static final java.util.regex.Pattern NUMBER_LIKE = java.util.regex.Pattern.compile(
            "[0-9][0-9.,:/-]{0," + (NUMBER - 1) + "}");
    /** A column's padding and rule. */
    private static final double CELL_PT = 9;
    /** The narrowest a column of cells that may break gets: a character. */
    private static final double BROKEN_PT = 12;

    private TableRows() {
    }

    static void keepWhole(Element root) {
        for (Element cell : root.select(CELLS)) {
            if (cell.childNodeSize() == 0) {
                continue;
            }
            Element div = new Element("div").addClass("cell");
            for (Node child : cell.childNodes().toArray(Node[]::new)) {
                div.appendChild(child);
            }
            cell.appendChild(div);
        }
        for (Element table : root.select("div.doc-body table")) {
            keepShortCellsWhole(table);
        }
    }

    private static void keepShortCellsWhole(Element table) {
        List<Double> columns = new ArrayList<>();
        List<Element> shortCells = new ArrayList<>();
        for (Element row : table.select("> * > tr")) {
            List<Element> cells = row.children();
            for (int i = 0; i < cells.size(); i++) {
                String text = cells.get(i).text();
                double width = width(text);
                boolean isShort = !text.isEmpty() && text.chars().noneMatch(Character::isWhitespace)
                        && (width <= SHORT_PT || NUMBER_LIKE.matcher(text).matches());
                if (columns.size() <= i) {
                    columns.add(BROKEN_PT);
                }
                if (isShort) {
                    columns.set(i, Math.max(columns.get(i), width));
                    shortCells.add(cells.get(i));
                }
                for (Element group : cells.get(i).select("span.nobr")) {
                    columns.set(i, Math.max(columns.get(i), width(group.text())));
                }
            }
        }
        double total = columns.stream().mapToDouble(w -> w + CELL_PT).sum();
        if (total <= AREA_PT) {
            table.addClass("roomy");
            for (Element cell : shortCells) {
                Element div = cell.selectFirst("> div.cell");
                if (div != null) {
                    div.addClass("short");
                }
            }
        }
    }

    /** The width of a text in the tables' 12pt, from above: a CJK character 12 pt, any other 7 pt. */
    static double width(String text) {
        return text.codePoints().mapToDouble(c -> CodeFonts.isCjk(c) ? 12 : 7).sum();
    }
}
