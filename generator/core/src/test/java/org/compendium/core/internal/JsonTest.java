package org.compendium.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void plainTextIsQuotedAsItIs() {
        assertEquals("\"科技政策汇编 2024\"", Json.string("科技政策汇编 2024"));
        assertEquals("\"\"", Json.string(""));
    }

    @Test
    void escapesWhatJsonAndAnHtmlScriptNeedEscaped() {
        assertEquals("\"a\\\"b\\\\c\\nd\\re\\tf\"", Json.string("a\"b\\c\nd\re\tf"));
        assertEquals("\"\\u003c/script\\u003e \\u0026amp;\"", Json.string("</script> &amp;"));
        assertEquals("\"\\u0001x\\u001f\"", Json.string("\u0001x\u001f"));
        assertEquals("\"行\\u2028段\\u2029\"", Json.string("行\u2028段\u2029"));
    }

    @Test
    void escapesAtEitherEndAndSideBySide() {
        assertEquals("\"\\\"\\\"中\\n\"", Json.string("\"\"中\n"));
        assertEquals("\"\\u003c\"", Json.string(new StringBuilder("<")));
    }
}
