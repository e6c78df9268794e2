package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.render.BlockBox;
import org.openpdf.render.Box;
import org.openpdf.render.LineBox;
import org.openpdf.render.PageBox;

/**
 * The units the book keeps on one line (a 解读 marker glued to the character before it, a footnote mark with its
 * punctuation, a page reference, the bracketed part of a title) are inline blocks. The renderer lays an inline
 * block out as if it stood at the top of its paragraph: when the paragraph starts in the last line of a page (its
 * first line then moves to the next page), the inline block's own line was pushed to the next page too, and the
 * line holding it grew by that distance (the 2024 edition had a 19 pt gap inside a list item). Each case is laid out
 * with its paragraph pushed down in steps over the foot of the first page; its lines must be evenly spaced
 * wherever they fall, the line holding the unit no taller than the others. (In a table cell, whose row moves to the
 * next page whole, a unit never starts at a page foot.)
 */
class InlineBlocksAtPageFootTest {
    private static final String LONG = "入库企业在培育期内认定为国家高新技术企业的，再给予一次性奖励，"
            + "奖励资金按照有关规定拨付，由市科学技术局会同市财政局组织审核，审核结果在门户网站公示五个工作日，";
    /** A case: its HTML, and the height above it that puts its unit's paragraph a page foot's width above the foot. */
    private record Case(String name, String html, int above) {
    }

    private static final List<Case> CASES = List.of(
            new Case("a 解读 marker", text("<p id=\"t1\">" + LONG + "奖励25万元。<a class=\"clause-note\" href=\"#t1\">图解</a>"
                    + "</p>"), 610),
            new Case("a 解读 marker alone on the last line", text("<p id=\"t1\">" + LONG.substring(0, 26) + "元。<a class="
                    + "\"clause-note\" href=\"#t1\">图解</a></p>"), 640),
            new Case("markers in a loose list item's second paragraph", text("<ol><li><p id=\"t1\"><span class=\"num\">2."
                    + "</span>" + LONG + "按照规定执行。</p><p id=\"t2\">" + LONG + "详见实施细则。<a class=\"clause-note\" href="
                    + "\"#t2\">文字解读</a><a class=\"clause-note\" href=\"#t2\">图解</a></p></li></ol>"), 512),
            new Case("a footnote mark", text("<p id=\"t1\">" + LONG + "按规定执行<sup class=\"footnote-ref\"><a href=\"#fn1\">1"
                    + "</a></sup>。" + LONG + "</p>"), 610),
            new Case("a page reference", "<p class=\"change-entry\" id=\"t1\">" + LONG + "修订对照表见附录<span class=\"page-ref\">"
                    + "第<a class=\"page-no\" href=\"#t1\"></a>页</span>。" + LONG + "</p>", 610),
            new Case("a bracketed part of a title in the contents", "<p class=\"toc-policy\" id=\"t1\">示例市关于进一步加强"
                    + "科技创新券管理推动企业研发投入和成果转化的若干措施<span class=\"nobr\">（2024年修订）</span></p>", 640));

    private static FontSet fonts;

    @BeforeAll
    static void fonts() throws IOException {
        fonts = FontSet.load(new FontLocator().locate(Optional.empty()));
    }

    @Test
    void linesAreEvenlySpacedWhereverTheParagraphMeetsThePageFoot() throws IOException {
        List<String> uneven = new ArrayList<>();
        List<String> neverAtFoot = new ArrayList<>();
        for (Case c : CASES) {
            int atFoot = 0;
            for (int spacer = c.above(); spacer <= c.above() + 78; spacer += 4) {
                Document book = PrintFixture.page("<div style=\"height:" + spacer + "pt\"></div>" + c.html()
                        + "<p>后文。</p>");
                ITextRenderer renderer = PrintFixture.typeset(book, fonts);
                assertFalse(book.select("span.marker-glue, span.glue, span.page-ref, span.nobr").isEmpty(),
                        () -> "the case holds its unit: " + book.body().html());
                List<PageBox> pages = renderer.getRootBox().getLayer().getPages();
                Map<Box, List<LineBox>> blocks = new LinkedHashMap<>();
                collect(renderer.getRootBox(), blocks);
                assertTrue(blocks.values().stream().mapToInt(List::size).sum() >= 2, c.name() + ": lines found");
                List<String> offBaseline = new ArrayList<>();
                baselines(renderer.getRootBox(), null, offBaseline);
                for (String o : offBaseline) {
                    uneven.add(c.name() + " at " + spacer + " pt: " + o);
                }
                for (Map.Entry<Box, List<LineBox>> block : blocks.entrySet()) {
                    List<LineBox> lines = block.getValue();
                    if (page(pages, block.getKey()) < page(pages, lines.get(0))) {
                        atFoot++;
                    }
                    int height = lines.get(0).getHeight();
                    for (int i = 0; i < lines.size(); i++) {
                        LineBox line = lines.get(i);
                        if (line.getHeight() != height) {
                            uneven.add(c.name() + " at " + spacer + " pt: line " + (i + 1) + " is " + line.getHeight()
                                    + " high, line 1 " + height);
                        }
                        if (i > 0 && page(pages, line) == page(pages, lines.get(i - 1))
                                && line.getAbsY() != lines.get(i - 1).getAbsY() + lines.get(i - 1).getHeight()) {
                            uneven.add(c.name() + " at " + spacer + " pt: a gap of " + (line.getAbsY()
                                    - lines.get(i - 1).getAbsY() - lines.get(i - 1).getHeight()) + " above line " + (i + 1));
                        }
                    }
                }
            }
            if (atFoot == 0) {
                neverAtFoot.add(c.name());
            }
        }
        assertEquals(List.of(), uneven);
        assertEquals(List.of(), neverAtFoot, "the steps start each case's paragraph in the last line of a page");
    }

    /** A document's text, as the book holds it. */
    private static String text(String html) {
        return "<div class=\"doc-body\">" + html + "</div>";
    }

    /**
     * A unit of no line height must not wrap (its lines would print over each other): a run of five markers is
     * glued two by two, each unit laid out on a single line, in a paragraph and in an indented list item.
     */
    @Test
    void aRunOfMarkersIsGluedInUnitsThatFitALine() throws IOException {
        String markers = "<a class=\"clause-note\" href=\"#t1\">文字解读</a>".repeat(5);
        Document book = PrintFixture.book("<p id=\"t1\">" + LONG + "详见实施细则。" + markers + "</p><ol><li><ul><li><p id=\"t2\">"
                + LONG + markers.replace("#t1", "#t2") + "</p></li></ul></li></ol>");
        ITextRenderer renderer = PrintFixture.typeset(book, fonts);
        List<String> units = book.select("span.marker-glue").stream()
                .map(u -> u.ownText() + u.select("a.clause-note").size()).toList();
        assertEquals(List.of("则。2", "2", "1", "日，2", "2", "1"), units,
                "the character before and two markers, then two markers, then one");
        List<String> laidOut = new ArrayList<>();
        units(renderer.getRootBox(), laidOut);
        assertEquals(List.of("1 line, inside", "1 line, inside", "1 line, inside", "1 line, inside", "1 line, inside",
                "1 line, inside"), laidOut, "each unit on one line, inside its paragraph");
    }

    private static void units(Box box, List<String> laidOut) {
        if (box instanceof BlockBox && box.getElement() != null
                && box.getElement().getAttribute("class").equals("marker-glue")) {
            Box paragraph = box.getParent();
            while (!(paragraph instanceof BlockBox)) {
                paragraph = paragraph.getParent();
            }
            LineBox line = (LineBox) box.getChild(0); // its text, which may run past its box
            boolean inside = line.getAbsX() + line.getContentWidth() <= paragraph.getAbsX() + paragraph.getWidth();
            laidOut.add(box.getChildCount() + " line, " + (inside ? "inside" : "past the margin"));
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            units(box.getChild(i), laidOut);
        }
    }

    /** Each unit's text stands on the baseline of the line holding it. */
    private static void baselines(Box box, LineBox holder, List<String> off) {
        if (box instanceof BlockBox && holder != null && box.getElement() != null
                && box.getElement().getAttribute("class").matches("marker-glue|glue|page-ref|nobr")) {
            LineBox own = (LineBox) box.getChild(0);
            int by = own.getAbsY() + own.getBaseline() - holder.getAbsY() - holder.getBaseline();
            if (Math.abs(by) > 1) {
                off.add(box.getElement().getAttribute("class") + " " + by + " below its line's baseline");
            }
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            baselines(box.getChild(i), box instanceof LineBox line ? line : holder, off);
        }
    }

    private static int page(List<PageBox> pages, Box line) {
        return pages.stream().filter(p -> line.getAbsY() >= p.getTop() && line.getAbsY() < p.getBottom())
                .mapToInt(PageBox::getPageNo).findFirst().orElse(-1);
    }

    /** The line boxes of the blocks inside an element whose id starts with t, by block. */
    private static void collect(Box box, Map<Box, List<LineBox>> blocks) {
        if (box instanceof LineBox line && inCase(box.getParent())) {
            blocks.computeIfAbsent(box.getParent(), b -> new ArrayList<>()).add(line);
            return;
        }
        for (int i = 0; i < box.getChildCount(); i++) {
            collect(box.getChild(i), blocks);
        }
    }

    private static boolean inCase(Box box) {
        for (Box b = box; b != null; b = b.getParent()) {
            if (b instanceof BlockBox && b.getElement() != null && b.getElement().getAttribute("id").startsWith("t")) {
                return true;
            }
        }
        return false;
    }
}
