package org.compendium.core.render.pdf;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Keeps the rows of the book's tables whole. The renderer splits a row of a table that runs over pages
 * ({@code -fs-table-paginate}) as soon as the first line of one of its cells fits on the page, whatever
 * {@code page-break-inside} says: a page could end with the header row and a line of the first row. So the content
 * of every cell goes into a {@code div.cell}, which print.css keeps on one page ({@code page-break-inside: avoid}):
 * a cell's first line then moves with the rest of the cell, and a row that fits on a page moves to the next page
 * whole, under its repeated header row; when the first row moves, the whole table does, header row and all. A row
 * longer than a page still runs on over the break. Only elements are added, never a character changed.
 */
final class TableRows {
    /** The cells of the paginated tables: those of the documents' text and of the appendices. */
    static final String CELLS = "div.doc-body table > * > tr > td, div.doc-body table > * > tr > th, "
            + "table.guide-table td, table.guide-table th, table.compare-table td, table.compare-table th";

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
    }
}
