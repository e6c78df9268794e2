package org.compendium.core.parse;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import org.compendium.core.internal.Xml;

/**
 * Text of Markdown nodes without Flexmark's regular expressions on the common path: Chinese body text
 * rarely has a backslash escape or an entity, and text rarely needs HTML escaping, yet Flexmark runs a
 * regex replace over every text node for both (measured: docs/benchmarks.md, "Less work per document").
 */
public final class MarkdownText {
    /** The longest entity name Flexmark recognises (a letter and up to 31 letters or digits). */
    private static final int ENTITY_NAME_MAX = 32;

    private MarkdownText() {
    }

    /** {@link BasedSequence#unescape()}: backslash escapes and entities resolved. */
    public static String unescape(BasedSequence chars) {
        if (chars instanceof SubSequence && chars.getBase() instanceof String text) {
            // A contiguous part of the source: searched and copied as a String, not char by char through Flexmark.
            int from = chars.getStartOffset();
            int to = chars.getEndOffset();
            return plainSource(text, from, to) ? text.substring(from, to) : chars.unescape();
        }
        return plain(chars, 0, chars.length()) ? chars.toString() : chars.unescape();
    }

    /**
     * Whether the source's {@code text[from, to)} has nothing to unescape: no backslash, and no {@code &} that
     * can start an entity ({@code &name;}, {@code &#123;}, {@code &#x7b;}: letters, digits or {@code #}, then
     * {@code ;}). "R&D" is common in policy texts and needs no regex.
     */
    private static boolean plainSource(String text, int from, int to) {
        if (text.indexOf('\\', from, to) >= 0) {
            return false;
        }
        for (int amp = text.indexOf('&', from, to); amp >= 0; amp = text.indexOf('&', amp + 1, to)) {
            if (mayStartEntity(text, amp + 1, to)) {
                return false;
            }
        }
        return true;
    }

    /** {@link #plainSource} for text that is not one run of the source. */
    private static boolean plain(CharSequence text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '\\' || c == '&' && mayStartEntity(text, i + 1, to)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mayStartEntity(CharSequence text, int start, int to) {
        int end = Math.min(to, start + ENTITY_NAME_MAX + 1);
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == ';') {
                return i > start;
            }
            char lower = (char) (c | 0x20);
            if (c != '#' && (c < '0' || c > '9') && (lower < 'a' || lower > 'z')) {
                return false;
            }
        }
        return false;
    }

    /** Flexmark's HTML text escaping ({@code & < > "}, as its {@code HtmlWriter.text} does), without a regex. */
    public static String escapeHtml(String text) {
        return Xml.escapeLikeFlexmark(text);
    }
}
