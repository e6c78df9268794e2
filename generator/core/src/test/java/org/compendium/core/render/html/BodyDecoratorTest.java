package org.compendium.core.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.AnchorKind;
import org.compendium.core.model.Body;
import org.junit.jupiter.api.Test;

/**
 * The decorator's hand-written scan against the regular expressions it replaced (kept here as the
 * reference), on the generator's own markup and on random, often malformed, markup.
 */
class BodyDecoratorTest {
    private static final Pattern START_TAG = Pattern.compile("<(h[1-6]|p|li|table)\\b([^>]*)>(\\s*<p>)?");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");
    private static final Body BODY = new Body("", List.of(
            new Anchor("art-1", AnchorKind.ARTICLE, 1, "第一条", "适用范围", 1),
            new Anchor("a&b", AnchorKind.ARTICLE, 2, "一、", "总则", 2),
            new Anchor("p-1", AnchorKind.PASSAGE, 1, "", "解读", 3),
            new Anchor("top", AnchorKind.ARTICLE, 0, "", "标题", 4)), List.of());
    private static final List<String> PIECES = List.of("<", ">", "<p>", "</p>", "<p", "<pre>", "<li", "<link ",
            "<h1", "<h7", "<hr/>", "<table", "</table>", "<tbody>", " id=\"", "id=\"", "data-id=\"", "\"", "art-1",
            "a&amp;b", "p-1", "top", " ", "\n", "\t", "\u000B", "文", "_", "x", "1", "\u0301", "\uD840\uDC00", "é",
            " class=\"c\"", "=", "<p>第一条</p>", "<li>\n<p>");

    @Test
    void generatorMarkupIsDecoratedAsBefore() {
        String html = "<h2 id=\"art-1\">第一条</h2>\n<p id=\"a&amp;b\">一、总则</p>\n<ol>\n<li id=\"p-1\">\n<p>解读</p>\n"
                + "</li>\n</ol>\n<table>\n<tbody><tr><td id=\"top\">x</td></tr></tbody>\n</table>\n<pre><code>&lt;p&gt;</code></pre>\n";
        assertEquals(reference(html, BODY), BodyDecorator.decorate(html, BODY));
    }

    @Test
    void randomMarkupIsDecoratedAsTheRegularExpressionsDid() {
        Random random = new Random(20240601);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(12); k >= 0; k--) {
                html.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = html.toString();
            assertEquals(reference(text, BODY), BodyDecorator.decorate(text, BODY), text);
        }
    }

    @Test
    void permalinksEndTheClauseTextInsteadOfStartingIt() {
        String html = "<p id=\"art-1\">第一条 适用范围。</p>\n<ol>\n<li id=\"a&amp;b\">总则\n<ol>\n<li>x</li>\n</ol>\n</li>\n</ol>\n"
                + "<ol>\n<li id=\"p-1\">\n<p>首次纳入</p>\n<p>另段</p>\n</li>\n</ol>\n<h2 id=\"top\">标题</h2>\n";
        String out = BodyDecorator.decorate(html, BODY);
        assertEquals("<p id=\"art-1\">第一条 适用范围。<a class=\"permalink\" href=\"#art-1\" aria-label=\"本条链接：第一条 适用范围\">"
                + "</a></p>\n<ol>\n<li id=\"a&amp;b\">总则\n<a class=\"permalink\" href=\"#a&amp;b\" aria-label=\"本条链接：一、总则\"></a>"
                + "<ol>\n<li>x</li>\n</ol>\n</li>\n</ol>\n<ol>\n<li id=\"p-1\">\n<p>首次纳入</p>\n<p>另段</p>\n</li>\n</ol>\n"
                + "<h2 id=\"top\">标题</h2>\n", out);
    }

    /** The decorator written with regular expressions. */
    private static String reference(String html, Body body) {
        Map<String, Anchor> anchors = new HashMap<>();
        body.anchors().forEach(a -> anchors.putIfAbsent(a.id(), a));
        Matcher m = START_TAG.matcher(html);
        java.util.TreeMap<Integer, StringBuilder> inserts = new java.util.TreeMap<>();
        while (m.find()) {
            if (m.group(1).equals("table")) {
                inserts.computeIfAbsent(m.start(), k -> new StringBuilder())
                        .append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">");
                continue;
            }
            Matcher id = ID.matcher(m.group(2));
            Anchor anchor = id.find() ? anchors.get(Xml.unescape(id.group(1))) : null;
            if (anchor != null && anchor.isTocEntry() && anchor.depth() > 0) {
                Pattern stop = m.group(1).equals("p") || m.group(3) != null ? Pattern.compile("</p>")
                        : m.group(1).equals("li") ? LIST_ITEM_STOP : Pattern.compile("</" + m.group(1) + ">");
                Matcher close = stop.matcher(html);
                int at = close.find(m.end()) ? close.start() : m.end();
                inserts.computeIfAbsent(at, k -> new StringBuilder()).append("<a class=\"permalink\" href=\"#")
                        .append(id.group(1)).append("\" aria-label=\"").append(Xml.escape("本条链接：" + anchor.label()))
                        .append("\"></a>");
            }
        }
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (var e : inserts.entrySet()) {
            out.append(html, at, e.getKey()).append(e.getValue());
            at = e.getKey();
        }
        out.append(html, at, html.length());
        return out.toString().replace("</table>", "</table></div>");
    }

    private static final Pattern LIST_ITEM_STOP = Pattern.compile("</li>|<(ol|ul|p|div|table|blockquote|pre)");
}
