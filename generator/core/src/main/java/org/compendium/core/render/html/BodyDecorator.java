package org.compendium.core.render.html;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.Body;

/**
 * Makes every clause anchor of a page body visible as a permalink ({@code #} before the clause, labelled
 * with the clause for screen readers), and wraps tables so they scroll on phones. Works on the body XHTML
 * the generator itself wrote (one start tag per line element, attributes in double quotes), in one pass.
 */
final class BodyDecorator {
    private static final Pattern START_TAG = Pattern.compile("<(h[1-6]|p|li|table)\\b([^>]*)>(\\s*<p>)?");
    private static final Pattern ID = Pattern.compile("\\bid=\"([^\"]+)\"");

    private BodyDecorator() {
    }

    /** @param html the body with links already rewritten for the page */
    static String decorate(String html, Body body) {
        Map<String, Anchor> anchors = new HashMap<>();
        body.anchors().forEach(a -> anchors.putIfAbsent(a.id(), a));
        Matcher m = START_TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 4096);
        int at = 0;
        while (m.find()) {
            out.append(html, at, m.start());
            at = m.end();
            if (m.group(1).equals("table")) {
                out.append("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"表格\">").append(m.group());
                continue;
            }
            out.append(m.group());
            Matcher id = ID.matcher(m.group(2));
            Anchor anchor = id.find() ? anchors.get(Xml.unescape(id.group(1))) : null;
            if (anchor != null && anchor.isTocEntry() && anchor.depth() > 0) {
                out.append("<a class=\"permalink\" href=\"#").append(id.group(1)).append("\" aria-label=\"")
                        .append(Xml.escape("本条链接：" + anchor.label())).append("\">#</a>");
            }
        }
        out.append(html, at, html.length());
        return out.toString().replace("</table>", "</table></div>");
    }
}
