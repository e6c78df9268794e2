package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.helper.W3CDom;
import org.openpdf.css.constants.CSSName;
import org.openpdf.css.constants.IdentValue;
import org.openpdf.layout.LayoutContext;
import org.openpdf.newtable.TableBox;
import org.openpdf.newtable.TableCellBox;
import org.openpdf.newtable.TableRowBox;
import org.openpdf.newtable.TableSectionBox;
import org.openpdf.pdf.ITextFontContext;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.LineBox;
import org.openpdf.render.PageBox;

/**
 * Finds the tables that must start a page: those the renderer set on the next page with a gap under their header
 * row. Two ways: a table whose header row fits at a page foot but whose first row does not goes to the next page,
 * header row and all, but the renderer keeps the first row's cells where it had laid them, pushed down below the
 * header it would have repeated there, so the row grows by up to a row's height, its text at its foot (in that row
 * even the cell that sets its height starts below its padding); and a table whose top stays at a page foot while
 * its rows go on to the next page gets its header row drawn at that page's top as if repeated, above a gap (its
 * first row on a later page than its box; a 200-policy corpus, 2024 edition p.16). A page break is then asked
 * before the table, or before the blocks kept with it ({@code page-break-after: avoid}: a lead 下表列出…：, a
 * heading) or gone to its page with it: the layout is the same but for the gap. Nothing else is touched.
 */
final class TableStarts {
    /** A gap smaller than this (a point, in the renderer's units) does not show. */
    private static final int TOLERANCE = 27;

    private TableStarts() {
    }

    /** The elements to start a page with: for each such table, it or the first block that stays with it. */
    static List<org.jsoup.nodes.Element> pageStarts(ITextRenderer renderer) {
        LayoutContext c = renderer.getSharedContext().newLayoutContextInstance(new ITextFontContext());
        List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
        List<org.jsoup.nodes.Element> starts = new ArrayList<>();
        collect(renderer.getRootBox(), c, pages, starts);
        return starts;
    }

    private static void collect(Box box, LayoutContext c, List<PageBox> pages, List<org.jsoup.nodes.Element> starts) {
        if (box instanceof TableBox table) {
            if (table.getStyle().isPaginateTable() && (gapUnderHeader(table, c) || rowsOnALaterPage(table, pages))) {
                org.w3c.dom.Element first = firstOnItsPage(table, pages);
                if (first != null && first.getUserData(W3CDom.SourceProperty) instanceof org.jsoup.nodes.Element e) {
                    starts.add(e);
                }
            }
            return;
        }
        if (box instanceof LineBox) {
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), c, pages, starts);
        }
    }

    /**
     * Whether the table's box starts on an earlier page than its first row: its rows went to the next page while
     * its top stayed at the foot of the page before, and the renderer then draws the header row at the top of the
     * page as if repeated, above a gap.
     */
    private static boolean rowsOnALaterPage(TableBox table, List<PageBox> pages) {
        return page(firstRow(table), pages) > page(table, pages);
    }

    /** The table's first row (its header row if it has one), or the table when it has none. */
    private static Box firstRow(TableBox table) {
        for (int i = 0; i < table.getChildCount(); i++) {
            Box section = table.getChild(i);
            if (section.getChildCount() > 0) {
                return section.getChild(0);
            }
        }
        return table;
    }

    private static boolean kept(Box box) {
        return box.getStyle().getIdent(CSSName.PAGE_BREAK_AFTER) == IdentValue.AVOID;
    }

    /** Whether every cell of the table's first body row starts its content below its padding. */
    private static boolean gapUnderHeader(TableBox table, LayoutContext c) {
        TableRowBox row = firstBodyRow(table);
        if (row == null) {
            return false;
        }
        int least = Integer.MAX_VALUE;
        for (int i = 0; i < row.getChildCount(); i++) {
            if (row.getChild(i) instanceof TableCellBox cell && cell.getChildCount() > 0) {
                int contentTop = cell.getAbsY() + (int) cell.getBorder(c).top() + (int) cell.getPadding(c).top();
                least = Math.min(least, cell.getChild(0).getAbsY() - contentTop);
            }
        }
        return least != Integer.MAX_VALUE && least > TOLERANCE;
    }

    private static TableRowBox firstBodyRow(TableBox table) {
        for (int i = 0; i < table.getChildCount(); i++) {
            if (table.getChild(i) instanceof TableSectionBox section && !section.isHeader() && !section.isFooter()
                    && section.getChildCount() > 0 && section.getChild(0) instanceof TableRowBox row) {
                return row;
            }
        }
        return null;
    }

    /**
     * The table, or the earliest of the blocks right before it kept with it or gone with it to the page where its
     * rows start (the table's own box may have stayed on the page before).
     */
    private static org.w3c.dom.Element firstOnItsPage(TableBox table, List<PageBox> pages) {
        int page = page(firstRow(table), pages);
        Box parent = table.getParent();
        Box first = table;
        if (parent != null) {
            for (int i = parent.getChildren().indexOf(table) - 1; i >= 0; i--) {
                Box before = parent.getChild(i);
                if (!(before instanceof BlockBox) || before.getElement() == null
                        || !kept(before) && page(before, pages) != page) {
                    break;
                }
                first = before;
            }
        }
        return first.getElement();
    }

    /** The number of the page a box starts on (the pages lie in order, one below the other), or -1. */
    private static int page(Box box, List<PageBox> pages) {
        int y = box.getAbsY();
        int low = 0;
        int high = pages.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            PageBox p = pages.get(mid);
            if (y < p.getTop()) {
                high = mid - 1;
            } else if (y >= p.getBottom()) {
                low = mid + 1;
            } else {
                return p.getPageNo();
            }
        }
        return -1;
    }
}
