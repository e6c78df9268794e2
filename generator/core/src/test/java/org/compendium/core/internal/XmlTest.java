package org.compendium.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class XmlTest {

    @Test
    void textWithoutSpecialCharactersIsReturnedAsItIs() {
        String text = "第一条　为了规范科技计划项目管理，制定本办法。";
        assertSame(text, Xml.escape(text));
        assertSame(text, Xml.escapeLikeFlexmark(text));
    }

    @Test
    void escapesTheFivePredefinedEntitiesAndDropsCharactersXmlForbids() {
        assertEquals("&lt;a href=&quot;x?a=1&amp;b=2&quot;&gt;&#39;引&#39;&lt;/a&gt;",
                Xml.escape("<a href=\"x?a=1&b=2\">'引'</a>"));
        assertEquals("ab\tc\n", Xml.escape("a\u0001b\tc\n\uFFFE"));
        assertEquals("《办法》&amp;", Xml.escape(new StringBuilder("《办法》&")));
    }

    @Test
    void escapesLikeFlexmarkKeepingApostrophesAndEveryCharacter() {
        assertEquals("&amp;&amp;'\u0001&lt;", Xml.escapeLikeFlexmark("&&'\u0001<"));
    }

    @Test
    void unescapeReversesEscape() {
        String text = "<p class=\"x\">'A' & B</p>";
        assertEquals(text, Xml.unescape(Xml.escape(text)));
    }
}
