package org.compendium.core.render;

import org.compendium.core.parse.MarkdownText;

/**
 * The body's XHTML as Flexmark's HTML writer lays it out (its {@code LineAppendableImpl} with no indent and
 * only {@code F_TRIM_LEADING_WHITESPACE}, at most one blank line in a row): {@link #line()} ends the current
 * line unless it is empty, spaces at the start of a line are dropped (tabs are kept), a run of blank lines
 * becomes one, and inside {@code <pre>} every character is kept.
 */
final class HtmlLines {
    private final StringBuilder out = new StringBuilder(4096);
    /** Where the line being written starts in {@link #out}. */
    private int lineStart;
    /** The line being written has a character other than a space or a tab. */
    private boolean lineHasText;
    /** The last line ended was a blank one (blank lines after it are dropped). */
    private boolean afterBlank;
    private int preNesting;

    /** Appends markup or already escaped text. */
    HtmlLines raw(String s) {
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\n') {
                endLine();
                i++;
            } else if (!lineHasText) {
                first(c);
                i++;
            } else {
                int end = s.indexOf('\n', i);
                end = end < 0 ? s.length() : end;
                out.append(s, i, end);
                i = end;
            }
        }
        return this;
    }

    /** Appends text, escaping {@code & < > "} as Flexmark's writer does. */
    HtmlLines text(String s) {
        return raw(MarkdownText.escapeHtml(s));
    }

    /** Ends the current line, unless nothing was written on it (inside {@code <pre>} always). */
    HtmlLines line() {
        if (preNesting > 0 || out.length() > lineStart) {
            endLine();
        }
        return this;
    }

    /** From here on every character is kept as is, until the matching {@link #closePre()}. */
    HtmlLines openPre() {
        preNesting++;
        return this;
    }

    HtmlLines closePre() {
        preNesting--;
        return this;
    }

    /** The text written, its last line ended. */
    String result() {
        line();
        return out.toString();
    }

    /** A character while the line so far has only spaces and tabs. */
    private void first(char c) {
        if (c == ' ' && preNesting == 0) {
            return;
        }
        out.append(c);
        if (c != ' ' && c != '\t') {
            lineHasText = true;
        }
    }

    private void endLine() {
        int end = out.length();
        int length = end - lineStart;
        // A line of just "\r" (before the "\n") counts as empty: Flexmark takes "\r\n" as its end of line.
        if (length > 0 && out.charAt(end - 1) == '\r') {
            length--;
        }
        if (length == 0 && preNesting == 0) {
            out.setLength(lineStart);
            if (!afterBlank) {
                out.append('\n');
            }
            afterBlank = true;
        } else {
            out.append('\n');
            afterBlank = false;
        }
        lineStart = out.length();
        lineHasText = false;
    }
}
