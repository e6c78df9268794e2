package org.compendium.core.render;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps a footnote's back-link {@code ↩} on the line of the footnote's last words (site and EPUB): the links
 * move from their own lines after the footnote's last paragraph into it, each opening with U+2060 WORD JOINER,
 * which forbids a line break before it. Alone on a line, a {@code ↩} looked like a stray character.
 */
final class FootnoteBackrefs {
    private static final String CLASS = "class=\"footnote-backref\"";
    private static final Pattern TRAILING = Pattern.compile(
            "</p>((?:\n<a href=\"#fnref-[^\"<>]+\" " + CLASS + ">&#8617;</a>)+)\n</li>");
    private static final Pattern LINK = Pattern.compile("\n(<a [^>]+>)&#8617;</a>");

    private FootnoteBackrefs() {
    }

    /** {@code html} with the back-links joined to the last paragraph of their footnotes. */
    static String join(String html) {
        if (!html.contains(CLASS)) {
            return html;
        }
        Matcher m = TRAILING.matcher(html);
        StringBuilder out = new StringBuilder(html.length() + 64);
        while (m.find()) {
            String links = LINK.matcher(m.group(1)).replaceAll("$1&#8288;&#8617;</a>");
            m.appendReplacement(out, Matcher.quoteReplacement(links + "</p>\n</li>"));
        }
        m.appendTail(out);
        return out.toString();
    }
}
