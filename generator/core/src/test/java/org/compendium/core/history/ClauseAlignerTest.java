package org.compendium.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseAlignerTest {
    private static final String BEFORE = """
            ---
            id: a
            title: 示例办法
            issued: 2022-01-01
            ---

            # 示例办法

            第一条　为了规范科技创新券管理，制定本办法。

            第二条　创新券用于购买检验检测、研究开发等科技服务。

            第三条　每家企业每年使用创新券不超过20万元。

            第四条　本办法自发布之日起施行。
            """;
    private static final String AFTER = """
            ---
            id: a
            title: 示例办法
            issued: 2024-01-01
            ---

            # 示例办法

            第一条　为了规范科技创新券管理，制定本办法。

            第二条　本市设立科技创新券专项资金，由市财政预算安排。

            第三条　创新券用于购买检验检测、研究开发等科技服务。

            第四条　每家企业每年使用创新券不超过30万元。

            第五条　本办法自发布之日起施行。
            """;

    @Test
    void renumberedArticlesAreAlignedByTheirText() {
        Comparison c = ClauseAligner.compare(ClauseSplitter.ofSource(BEFORE), ClauseSplitter.ofSource(AFTER));
        ComparisonRow inserted = row(c, "第二条　本市设立");
        assertEquals(ComparisonRow.Kind.INSERTED, inserted.kind());
        assertEquals("第二条", inserted.afterLabel());
        ComparisonRow moved = row(c, "第三条　创新券用于");
        assertEquals("第二条", moved.beforeLabel());
        assertEquals("第三条", moved.afterLabel());
        assertTrue(moved.renumbered());
        assertEquals(List.of(new Span("第", false), new Span("二", true), new Span("条　创新券用于购买检验检测、研究开发等科技服务。", false)),
                moved.before());
        ComparisonRow amount = row(c, "第四条　每家企业");
        assertEquals("第三条", amount.beforeLabel());
        assertTrue(amount.after().contains(new Span("3", true)), amount.after().toString());
        assertTrue(amount.before().contains(new Span("2", true)), amount.before().toString());
        ComparisonRow date = row(c, "issued: 2024-01-01");
        assertEquals("发布日期", date.afterLabel());
        assertEquals(ComparisonRow.Kind.MODIFIED, date.kind());
        assertEquals(1, c.inserted());
        assertEquals(0, c.deleted());
        assertEquals("新增1条、删除0条、修改4条", c.summary());
    }

    @Test
    void noCharacterIsLostOrAddedOnEitherSide() {
        List<Clause> before = ClauseSplitter.ofSource(BEFORE);
        List<Clause> after = ClauseSplitter.ofSource(AFTER);
        Comparison c = ClauseAligner.compare(before, after);
        assertEquals(before.stream().map(Clause::text).toList(),
                c.rows().stream().filter(r -> !r.before().isEmpty()).map(ComparisonRow::beforeText).toList());
        assertEquals(after.stream().map(Clause::text).toList(),
                c.rows().stream().filter(r -> !r.after().isEmpty()).map(ComparisonRow::afterText).toList());
    }

    @Test
    void outlineClausesAreLabelledWithTheirPathAndADeletedOneIsMarked() {
        String before = "# 办法\n\n## 一、支持措施\n\n（一）入库奖励10万元。\n\n（二）认定奖励30万元。\n\n（三）研发补助。按增量的10%补助。\n";
        String after = "# 办法\n\n## 一、支持措施\n\n（一）入库奖励15万元。\n\n（二）研发补助。按细则执行。\n";
        Comparison c = ClauseAligner.compare(ClauseSplitter.ofSource(before), ClauseSplitter.ofSource(after));
        ComparisonRow deleted = c.rows().stream().filter(r -> r.kind() == ComparisonRow.Kind.DELETED).findFirst().orElseThrow();
        assertEquals("一、（二）", deleted.beforeLabel());
        assertEquals(List.of(new Span("（二）认定奖励30万元。", true)), deleted.before());
        ComparisonRow moved = row(c, "（二）研发补助");
        assertEquals("一、（三）", moved.beforeLabel());
        assertEquals("一、（二）", moved.afterLabel());
        assertFalse(c.identical());
    }

    @Test
    void identicalTextsGiveNoChange() {
        Comparison c = ClauseAligner.compare(ClauseSplitter.ofSource(BEFORE), ClauseSplitter.ofSource(BEFORE));
        assertTrue(c.identical());
        assertTrue(c.changes().isEmpty());
    }

    private static ComparisonRow row(Comparison c, String afterStart) {
        return c.rows().stream().filter(r -> r.afterText().startsWith(afterStart)).findFirst()
                .orElseThrow(() -> new AssertionError("no row starting " + afterStart + " in " + c.rows()));
    }
}
