package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class FootnoteBackrefsTest {

    @Test
    void backLinksJoinTheLastParagraphBehindAWordJoiner() {
        String html = "<p>正文<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n"
                + "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn-1\">\n<p>第一段</p>\n<p>补助资金从专项资金中列支。</p>\n"
                + "<a href=\"#fnref-1\" class=\"footnote-backref\">&#8617;</a>\n"
                + "<a href=\"#fnref-1-1\" class=\"footnote-backref\">&#8617;</a>\n</li>\n"
                + "<li id=\"fn-2\">\n<pre><code>x</code></pre>\n<a href=\"#fnref-2\" class=\"footnote-backref\">&#8617;</a>\n</li>\n"
                + "</ol>\n</div>\n";
        String expected = "<p>正文<sup id=\"fnref-1\"><a class=\"footnote-ref\" href=\"#fn-1\">1</a></sup></p>\n"
                + "<div class=\"footnotes\">\n<hr />\n<ol>\n<li id=\"fn-1\">\n<p>第一段</p>\n<p>补助资金从专项资金中列支。"
                + "<a href=\"#fnref-1\" class=\"footnote-backref\">&#8288;&#8617;</a>"
                + "<a href=\"#fnref-1-1\" class=\"footnote-backref\">&#8288;&#8617;</a></p>\n</li>\n"
                + "<li id=\"fn-2\">\n<pre><code>x</code></pre>\n<a href=\"#fnref-2\" class=\"footnote-backref\">&#8617;</a>\n</li>\n"
                + "</ol>\n</div>\n";
        assertEquals(expected, FootnoteBackrefs.join(html));
    }

    @Test
    void bodiesWithoutFootnotesAreLeftAlone() {
        String html = "<p>没有脚注。</p>\n";
        assertEquals(html, FootnoteBackrefs.join(html));
    }
}
