package org.compendium.core.render.html;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.Body;

/**
 * Gives every clause anchor of a page body a permalink, and wraps tables so they scroll on phones. Works on
 * the body XHTML the generator itself wrote (one start tag per line element, attributes in double quotes),
 * in one pass.
 *
 * <p>The permalink is an empty link labelled with the clause ({@code aria-label}), placed at the end of the
 * clause's own text ({@link #permalinkAt}): the stylesheet draws its {@code #} and shows it on hover and
 * focus only, so the text read aloud, copied or extracted is the clause as issued, without a {@code #}
 * before it (a copied 「1. # 首次纳入…」 was the old way).
 *
 * <p>The scan finds what {@code <(h[1-6]|p|li|table)\b([^>]*)>(\s*<p>)?} and, in its attributes,
 * {@code \bid="([^"]+)"} would find, with plain loops: it runs over every page of the site, and a regular
 * expression costs several times more here, mostly while the JVM is still compiling it.
 */
final class BodyDecorator {

    private BodyDecorator() {
    }

    /** @param html the body with links already rewritten for the page */
    static String decorate(String html, Body body) {
        Map<String, Anchor> anchors = new HashMap<>();
        body.anchors().forEach(a -> anchors.putIfAbsent(a.id(), a));
        // Insertions (position, text) in increasing position order, but for permalinks, which go further on.
        List<Insertion> inserts = new ArrayList<>();
        for (int lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
            int name = nameEnd(html, lt + 1);
            int gt = name < 0 ? -1 : html.indexOf('>', name);
            if (gt < 0) {
                continue;
            }
            int end = paragraphAfter(html, gt + 1);
            if (name - lt - 1 == "table".length()) {
                inserts.add(new Insertion(lt, TABLE_WRAP));
            } else {
                String link = permalink(html.substring(name, gt), anchors);
                if (link != null) {
                    inserts.add(new Insertion(permalinkAt(html, html.substring(lt + 1, name), end, end > gt + 1), link));
                }
            }
            lt = end - 1;
        }
        inserts.sort(Comparator.comparingInt(Insertion::at));
        StringBuilder out = new StringBuilder(html.length() + 4096);
        int at = 0;
        for (Insertion i : inserts) {
            out.append(html, at, i.at()).append(i.text());
            at = i.at();
        }
        out.append(html, at, html.length());
        return out.toString().replace("</table>", "</table></div>");
    }

    private static final String TABLE_WRAP = "<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">";

    private record Insertion(int at, String text) {
    }

    private static String permalink(String attributes, Map<String, Anchor> anchors) {
        String id = idOf(attributes);
        Anchor anchor = id == null ? null : anchors.get(Xml.unescape(id));
        if (anchor != null && anchor.isTocEntry() && anchor.depth() > 0) {
            return "<a class=\"permalink\" href=\"#" + id + "\" aria-label=\""
                    + Xml.escape("本条链接：" + anchor.label()) + "\"></a>";
        }
        return null;
    }

    /**
     * Where the permalink of an element goes: before the end of its own text. That is the {@code </p>} of a
     * paragraph (also of the paragraph opening a list item), the {@code </hN>} of a heading, and in a list
     * item without a paragraph the first of {@code </li>} or a nested block; {@code start} when none is found.
     *
     * @param tag       the element's name ({@code p}, {@code li}, {@code h2} …)
     * @param start     just after the start tag (and the {@code <p>} opening a list item)
     * @param paragraph whether a {@code <p>} opened right after the start tag
     */
    static int permalinkAt(String html, String tag, int start, boolean paragraph) {
        int at;
        if (tag.equals("p") || paragraph) {
            at = html.indexOf("</p>", start);
        } else if (tag.equals("li")) {
            at = -1;
            for (String stop : LIST_ITEM_STOPS) {
                int i = html.indexOf(stop, start);
                if (i >= 0 && (at < 0 || i < at)) {
                    at = i;
                }
            }
        } else {
            at = html.indexOf("</" + tag + ">", start);
        }
        return at < 0 ? start : at;
    }

    private static final List<String> LIST_ITEM_STOPS = List.of("</li>", "<ol", "<ul", "<p", "<div", "<table",
            "<blockquote", "<pre");

    /** @return the end of an {@code h1}–{@code h6}, {@code p}, {@code li} or {@code table} tag name at {@code i}, or -1 */
    private static int nameEnd(String html, int i) {
        int end;
        if (html.startsWith("table", i)) {
            end = i + 5;
        } else if (html.startsWith("li", i)) {
            end = i + 2;
        } else if (i + 1 < html.length() && html.charAt(i) == 'h' && html.charAt(i + 1) >= '1' && html.charAt(i + 1) <= '6') {
            end = i + 2;
        } else if (html.startsWith("p", i)) {
            end = i + 1;
        } else {
            return -1;
        }
        // \b after the name: a combining mark there would attach to the name's last letter.
        if (end < html.length()) {
            int next = html.codePointAt(end);
            if (isWordChar(next) || Character.getType(next) == Character.NON_SPACING_MARK) {
                return -1;
            }
        }
        return end;
    }

    /** @return the end of the optional {@code \s*<p>} right after a start tag ending before {@code i}, else {@code i} */
    private static int paragraphAfter(String html, int i) {
        int j = i;
        while (j < html.length() && isSpace(html.charAt(j))) {
            j++;
        }
        return html.startsWith("<p>", j) ? j + 3 : i;
    }

    /** The first {@code id="…"} value (not empty) of a start tag's attributes, still escaped, or null. */
    private static String idOf(String attributes) {
        for (int i = attributes.indexOf("id=\""); i >= 0; i = attributes.indexOf("id=\"", i + 1)) {
            int close = attributes.indexOf('"', i + 4);
            if (close < 0) {
                return null;
            }
            if (close > i + 4 && !wordBefore(attributes, i)) {
                return attributes.substring(i + 4, close);
            }
        }
        return null;
    }

    /** Whether {@code \b} sees a word character before {@code i} (a combining mark counts when it has a base). */
    private static boolean wordBefore(String s, int i) {
        if (i == 0) {
            return false;
        }
        int before = s.codePointBefore(i);
        if (isWordChar(before)) {
            return true;
        }
        for (int x = i - 1; x >= 0 && Character.getType(before) == Character.NON_SPACING_MARK; x--) {
            int cp = s.codePointAt(x);
            if (Character.isLetterOrDigit(cp)) {
                return true;
            }
            if (Character.getType(cp) != Character.NON_SPACING_MARK) {
                return false;
            }
        }
        return false;
    }

    /** A word character as {@code \b} sees it: ASCII letters, digits and underscore. */
    private static boolean isWordChar(int cp) {
        return cp < 0x80 && (cp == '_' || Character.isLetterOrDigit(cp));
    }

    /** {@code \s}: ASCII white space. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
