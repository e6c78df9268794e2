package org.compendium.core.render.pdf;

import org.jsoup.nodes.Element;

/**
 * Lets the units the book keeps on one line (a 解读 marker with the character before it, a footnote mark with its
 * punctuation, a page reference, a short bracketed part of a title) fall at a page foot without leaving a gap. Each
 * unit is an inline block, and the renderer lays an inline block out as if it stood at the top of its paragraph: in
 * a paragraph that starts in a page's last line, the unit's own line was pushed onto the next page and the line
 * holding it grew by as much. So print.css gives a unit no line height (it never reaches the page foot, and is kept
 * shorter than a line, so it never wraps), and the unit goes into a {@code span.unit-line}, an inline box with the
 * line height of its paragraph, which gives a line holding nothing but the unit its height. Left as they are: a unit
 * in a table cell, whose row moves to the next page whole; in a heading, which never starts in a page's last line
 * (a policy or part title opens a page, a note's head goes to the next page with its first lines); and in bold text.
 * The last two are set in 黑体, whose font box the renderer takes from the font's bounding box, 1.8 em above the
 * baseline in the bundled Noto Sans SC: a unit of next to no line height would stand that far up and make its line
 * taller. Only elements are added, never a character changed.
 */
final class LineUnits {
    static final String UNITS = "span.marker-glue, span.glue, span.page-ref, span.nobr";
    private static final String LEFT_ALONE = "td, th, h1, h2, h3, h4, h5, h6, strong, b";

    private LineUnits() {
    }

    static void apply(Element root) {
        for (Element unit : root.select(UNITS)) {
            if (unit.closest(LEFT_ALONE) == null && (unit.parent() == null || !unit.parent().hasClass("unit-line"))) {
                unit.wrap("<span class=\"unit-line\"></span>");
            }
        }
    }
}
