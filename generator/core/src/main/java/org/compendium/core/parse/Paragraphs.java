package org.compendium.core.parse;

/** Paragraph boundaries in raw Markdown text, for positions of problems found before a tree exists. */
final class Paragraphs {
    private Paragraphs() {
    }

    /** The offset where the paragraph holding {@code at} starts: after the blank line before it, or {@code from}. */
    static int startOf(String text, int from, int at) {
        int i = Math.min(Math.max(at, from), text.length());
        int lineStart = text.lastIndexOf('\n', i - 1) + 1;
        while (lineStart > from) {
            int previous = text.lastIndexOf('\n', lineStart - 2) + 1;
            if (previous < from || text.substring(Math.max(previous, from), lineStart - 1).isBlank()) {
                break;
            }
            lineStart = previous;
        }
        return Math.max(lineStart, from);
    }
}
