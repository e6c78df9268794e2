package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * One long paragraph reaches the PDF renderer as spans of at most {@link LongTexts#CHUNK} characters, cut only
 * where a line may end anyway (issue 16: an 800,000-character paragraph took 7 min and 2.1 GB, as the renderer
 * copies the rest of a text node for every line). That the printed lines do not change was checked on a
 * 100,000-character paragraph: the same {@code pdftotext -layout} text and the same page images before and after.
 */
class LongTextsTest {

    @Test
    void aLongParagraphIsCutIntoSpansWithoutChangingItsText() {
        StringBuilder text = new StringBuilder();
        for (int i = 0; text.length() < 9_000; i++) {
            text.append("第").append(i).append("条　科技创新券（试行）“免申即享”，支持 AI model 研发。");
        }
        Document book = Jsoup.parse("<html><head><title>t</title></head><body><p>" + text + "</p><p>短</p></body></html>",
                "", Parser.xmlParser());
        Element body = book.selectFirst("body");
        LongTexts.cut(body);
        Element p = body.selectFirst("p");
        assertEquals(text.toString(), p.wholeText());
        assertTrue(p.children().size() >= 4, p.children().toString());
        int at = 0;
        for (Element span : p.children()) {
            assertEquals("span", span.tagName());
            assertTrue(span.attributes().isEmpty());
            String run = span.wholeText();
            assertTrue(run.length() <= LongTexts.CHUNK + 200, "run of " + run.length());
            if (at > 0) {
                assertTrue(LongTexts.cuttable(text.toString(), at), "cut at " + at + ": " + text.substring(at - 2, at + 2));
            }
            at += run.length();
        }
        assertEquals("短", body.select("p").get(1).wholeText());
    }

    @Test
    void noCutBesideAClosingMarkOrInsideLatinWords() {
        String s = "政策。”他说 AI";
        assertTrue(!LongTexts.cuttable(s, s.indexOf('。')), "before 。");
        assertTrue(!LongTexts.cuttable(s, s.indexOf('”')), "before ”");
        assertTrue(!LongTexts.cuttable(s, s.indexOf('I')), "inside AI");
        assertTrue(LongTexts.cuttable(s, s.indexOf('A')), "after a space");
        assertTrue(LongTexts.cuttable("政策", 1), "between ideographs");
    }
}
