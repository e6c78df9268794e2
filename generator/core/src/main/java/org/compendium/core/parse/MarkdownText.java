package org.compendium.core.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import org.compendium.core.internal.Xml;

/**
 * Text of Markdown nodes without Flexmark's regular expressions on the common path: Chinese body text
 * rarely has a backslash escape or an entity, and text rarely needs HTML escaping, yet Flexmark runs a
 * regex replace over every text node for both (about a tenth of parsing and rendering time).
 */
public final class MarkdownText {

    private MarkdownText() {
    }

    /** {@link BasedSequence#unescape()}: backslash escapes and entities resolved. */
    public static String unescape(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String text) {
            // A contiguous part of the source: searched and copied as a String, not char by char through Flexmark.
            int from = chars.getStartOffset();
            int to = chars.getEndOffset();
            boolean plain = text.indexOf('\\', from, to) < 0 && text.indexOf('&', from, to) < 0;
            return plain ? text.substring(from, to) : chars.unescape();
        }
        for (int i = 0; i < chars.length(); i++) {
            char c = chars.charAt(i);
            if (c == '\\' || c == '&') {
                return chars.unescape();
            }
        }
        return chars.toString();
    }

    /** Flexmark's HTML text escaping ({@code & < > "}, as its {@code HtmlWriter.text} does), without a regex. */
    public static String escapeHtml(String text) {
        return Xml.escapeLikeFlexmark(text);
    }
}
