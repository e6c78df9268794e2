package org.compendium.core.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClauseLabelsTest {
    private static final List<Anchor> ARTICLES = List.of(
            new Anchor("chap-1", AnchorKind.CHAPTER, 1, "第一章", "总则", 1),
            new Anchor("art-5", AnchorKind.ARTICLE, 2, "第五条", "转化方式", 2),
            new Anchor("art-5-1", AnchorKind.OUTLINE, 3, "（一）", "自行投资", 3),
            new Anchor("art-5-5", AnchorKind.OUTLINE, 3, "（五）", "作价投资", 4),
            new Anchor("art-5-5-1", AnchorKind.OUTLINE, 4, "1.", "折算股份", 5),
            new Anchor("chap-2", AnchorKind.CHAPTER, 1, "第二章", "附则", 6),
            new Anchor("chap-2-sect-1", AnchorKind.SECTION, 2, "第一节", "奖励", 7));
    private static final List<Anchor> OUTLINE = List.of(
            new Anchor("背景", AnchorKind.HEADING, 1, "", "背景", 1),
            new Anchor("sec-1", AnchorKind.OUTLINE, 1, "一、", "总体要求", 2),
            new Anchor("sec-2", AnchorKind.OUTLINE, 1, "二、", "支持措施", 3),
            new Anchor("sec-2-1", AnchorKind.OUTLINE, 2, "（一）", "培育奖励", 4),
            new Anchor("sec-2-1-1", AnchorKind.OUTLINE, 3, "1.", "入库奖励", 5),
            new Anchor("sec-2-1-2", AnchorKind.OUTLINE, 3, "2．", "再奖励", 6),
            new Anchor("sec-2-2", AnchorKind.OUTLINE, 2, "2.", "并轨", 7),
            new Anchor("ref-1", AnchorKind.PASSAGE, 9, "", "解读", 8),
            new Anchor("sec-3", AnchorKind.OUTLINE, 1, "三、", "附则", 9),
            new Anchor("附件", AnchorKind.HEADING, 1, "", "附件", 10),
            new Anchor("sec-4-1", AnchorKind.OUTLINE, 2, "1.", "清单", 11));

    private static String label(List<Anchor> anchors, String id) {
        return ClauseLabels.of(anchors, id).orElseThrow();
    }

    @Test
    void clausesOfAnArticleAreNamedFromTheArticle() {
        assertEquals("第五条", label(ARTICLES, "art-5"));
        assertEquals("第五条第（五）项", label(ARTICLES, "art-5-5"));
        assertEquals("第五条第（五）项第1目", label(ARTICLES, "art-5-5-1"));
        assertEquals("第一章", label(ARTICLES, "chap-1"));
        assertEquals("第二章第一节", label(ARTICLES, "chap-2-sect-1"));
    }

    @Test
    void outlineClausesAreNamedFromTheirPart() {
        assertEquals("第一部分", label(OUTLINE, "sec-1"));
        assertEquals("第二部分第（一）项", label(OUTLINE, "sec-2-1"));
        assertEquals("第二部分第（一）项第1目", label(OUTLINE, "sec-2-1-1"));
        assertEquals("第二部分第（一）项第2目", label(OUTLINE, "sec-2-1-2"));
        assertEquals("第二部分第2项", label(OUTLINE, "sec-2-2"));
        assertEquals("第1项", label(OUTLINE, "sec-4-1"), "under a heading without a number");
        assertEquals("背景", label(OUTLINE, "背景"));
        assertTrue(ClauseLabels.of(OUTLINE, "art-9").isEmpty());
    }
}
