package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/** Short bracketed groups of 修订对照 cells go into span.nobr, whichever runs they span; the text stays as it was. */
class BracketGroupsTest {
    private static String apply(String cell) {
        Element table = Jsoup.parse("<table class=\"compare-table\"><tr><td>" + cell + "</td></tr></table>", "",
                Parser.xmlParser()).selectFirst("table");
        String before = table.text();
        BracketGroups.apply(table);
        assertEquals(before, table.text(), "the text is unchanged");
        return table.selectFirst("td").html().replace("\n", "");
    }

    @Test
    void aGroupInOneTextIsWrapped() {
        assertEquals("示例市办法<span class=\"nobr\">（2024年修订）</span>自公布之日起施行",
                apply("示例市办法（2024年修订）自公布之日起施行"));
    }

    @Test
    void aGroupInsideAChangedRunBecomesARunOfItsOwn() {
        assertEquals("示例市办法<span class=\"nobr\"><ins>（2024年修订）</ins></span>",
                apply("示例市办法<ins>（2024年修订）</ins>"));
        assertEquals("<ins>新增</ins><span class=\"nobr\"><ins>（2024年修订）</ins></span><ins>条款</ins>",
                apply("<ins>新增（2024年修订）条款</ins>"));
    }

    @Test
    void aGroupOverSeveralRunsIsWrappedWithThem() {
        assertEquals("办法<span class=\"nobr\">（<del>2022</del><ins>2024</ins>年修订）</span>。",
                apply("办法（<del>2022</del><ins>2024</ins>年修订）。"));
        assertEquals("办法<span class=\"nobr\"><ins>（2024年</ins>修订）</span>。", apply("办法<ins>（2024年</ins>修订）。"));
    }

    @Test
    void aLongGroupOrOneOpeningInsideAChangedRunIsLeftAlone() {
        assertEquals("（本条所称科技型中小企业是指依法在本市注册的企业）", apply("（本条所称科技型中小企业是指依法在本市注册的企业）"));
        assertEquals("<del>旧文（20</del>24年修订）", apply("<del>旧文（20</del>24年修订）"));
    }

    @Test
    void twoGroupsInOneText() {
        assertEquals("<span class=\"nobr\">（一）</span>和<span class=\"nobr\">（二）</span>", apply("（一）和（二）"));
    }
}
