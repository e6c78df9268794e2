package org.compendium.core.kernel;

import java.util.Arrays;

/** Maps character offsets of a text to 1-based line and column (columns count code points). */
public final class LineIndex {
    private final String text;
    private final int[] lineStarts;

    public LineIndex(String text) {
        this.text = text;
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            starts[line++] = i + 1;
        }
        this.lineStarts = starts;
    }

    /** 1-based line of the character at {@code offset}. */
    public int line(int offset) {
        int found = Arrays.binarySearch(lineStarts, clamp(offset));
        return found >= 0 ? found + 1 : -found - 1;
    }

    /** 1-based column, in code points, of the character at {@code offset}. */
    public int column(int offset) {
        int at = clamp(offset);
        int start = lineStarts[line(at) - 1];
        return text.codePointCount(start, at) + 1;
    }

    /** Offset of the first character of a 1-based line. */
    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length) - 1)];
    }

    public int lineCount() {
        return lineStarts.length;
    }

    public SourcePosition position(String path, int offset) {
        return new SourcePosition(path, line(offset), column(offset));
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }
}
