package org.compendium.core.model;

import java.util.List;

/**
 * Text of a body from one anchor up to the next.
 *
 * @param anchor the anchor the text follows, or empty for text before the first anchor
 * @param text   plain text, blocks separated by newlines
 * @param lines  where each line of {@code text} starts in the source file (1-based line and column, in code
 *               points), so later stages can point at a character without reading the file again
 */
public record TextSegment(String anchor, String text, List<LineStart> lines) {

    public TextSegment {
        lines = List.copyOf(lines);
    }

    /**
     * Where a line of text starts in its source file. When the line is written as it reads (no markup such as
     * {@code **}, a link's brackets, an escape or a table row's {@code |} in it), a character {@code n} code
     * points into it is at column {@code column + n}; otherwise {@code column} is 0 (not known).
     */
    public record LineStart(int line, int column) {
    }
}
