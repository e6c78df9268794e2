package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.compendium.core.kernel.LineIndex;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.AnchorKind;
import org.junit.jupiter.api.Test;

class AnchorAssignerTest {

    static List<Anchor> anchors(String markdown) {
        var ast = new MarkdownParser().parse(markdown, 0);
        return AnchorAssigner.assign(ast, new LineIndex(markdown)).all();
    }

    static List<String> ids(String markdown) {
        return anchors(markdown).stream().map(Anchor::id).toList();
    }

    @Test
    void articlesInBoldGetArtIdsEvenPastTwenty() {
        String md = "## 第一章 总则\n\n**第一条** 为了规范管理，制定本办法。\n\n**第二条** 本办法适用于……\n\n"
                + "## 第二章 附则\n\n**第二十三条** 本办法自发布之日起施行。\n";
        assertEquals(List.of("chap-1", "art-1", "art-2", "chap-2", "art-23"), ids(md));
    }

    @Test
    void articleAnchorsKnowTheirLineNumberAndLabel() {
        Anchor a = anchors("# 标题\n\n第二条　适用范围。本办法适用于本市。\n").get(1);
        assertEquals("art-2", a.id());
        assertEquals(AnchorKind.ARTICLE, a.kind());
        assertEquals(3, a.line());
        assertEquals("第二条 适用范围", a.label());
    }

    @Test
    void outlinePathUsesOnlyTheLevelsInUse() {
        String md = "## 一、总体要求\n\n1. 第一项\n2. 第二项\n\n## 二、主要措施\n\n1. 甲\n2. 乙\n3. 丙\n";
        assertEquals(List.of("sec-1", "sec-1-1", "sec-1-2", "sec-2", "sec-2-1", "sec-2-2", "sec-2-3"), ids(md));
    }

    @Test
    void outlinePathIncludesTheSecondLevelWhenPresent() {
        String md = "## 二、主要措施\n\n### （一）支持研发\n\n1. 甲\n2. 乙\n3. 丙\n\n（1）细项\n";
        assertEquals(List.of("sec-2", "sec-2-1", "sec-2-1-1", "sec-2-1-2", "sec-2-1-3", "sec-2-1-3-1"), ids(md));
    }

    @Test
    void numbersWrittenInTheParagraphCountWithoutASpaceAfterTheDot() {
        String md = "一、工作制度\n\n1.坚持走访座谈制度。\n\n2．坚持季度恳谈制度。\n\n3、坚持政策宣讲制度。\n";
        assertEquals(List.of("sec-1", "sec-1-1", "sec-1-2", "sec-1-3"), ids(md));
    }

    @Test
    void emphasisAroundTheNumberDoesNotHideIt() {
        assertEquals(List.of("art-1", "sec-1", "sec-1-2"),
                ids("**第一条** 为了……\n\n**一、**总体要求\n\n**（二）**主要任务\n"));
    }

    @Test
    void itemsInsideAnArticleAreNumberedUnderIt() {
        String md = "**第五条** 申请补助应当符合下列条件：\n\n（一）在本市注册；\n\n（二）研发投入不低于3%。\n\n"
                + "**第六条** 其他。\n\n（一）另一项。\n";
        assertEquals(List.of("art-5", "art-5-1", "art-5-2", "art-6", "art-6-1"), ids(md));
    }

    @Test
    void markdownOrderedListsNestInsideOutlineItems() {
        String md = "一、措施\n\n1. 甲\n   1. 甲的细项\n   2. 甲的第二细项\n2. 乙\n";
        assertEquals(List.of("sec-1", "sec-1-1", "sec-1-1-1", "sec-1-1-2", "sec-1-2"), ids(md));
    }

    @Test
    void orderedListsStartingElsewhereKeepTheirNumbers() {
        assertEquals(List.of("sec-1", "sec-1-4", "sec-1-5"), ids("一、措施\n\n4. 甲\n5. 乙\n"));
    }

    @Test
    void duplicateIdsAreDisambiguatedInDocumentOrder() {
        String md = "一、正文\n\n二、正文\n\n## 附件\n\n一、附件一\n\n## 附件\n\n一、附件二\n";
        assertEquals(List.of("sec-1", "sec-2", "附件", "sec-1_2", "附件_2", "sec-1_3"), ids(md));
    }

    @Test
    void otherHeadingsGetReadableIds() {
        assertEquals(List.of("出台背景", "h-2024年度综述", "policy-summary-scope", "h-art-like"),
                ids("## 出台背景\n\n## 2024年度综述\n\n## Policy Summary & Scope!\n\n## art like\n"));
    }

    @Test
    void subHeadingsWithoutNumbersDoNotRestartTheOutline() {
        String md = "## 一、主要任务\n\n### 具体安排\n\n1. 甲\n\n## 附则\n\n1. 乙\n";
        assertEquals(List.of("sec-1", "具体安排", "sec-1-1", "附则", "sec-1_2"), ids(md));
    }

    @Test
    void tablesCodeAndFootnotesGetNoClauseAnchors() {
        String md = "| 一、表头 |\n| --- |\n| 1. 单元格 |\n\n```\n第一条 代码\n```\n\n正文[^1]\n\n[^1]: 第二条 脚注\n";
        assertEquals(List.of(), ids(md));
    }
}
