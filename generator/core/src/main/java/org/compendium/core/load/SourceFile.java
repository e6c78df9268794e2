package org.compendium.core.load;

import org.compendium.core.kernel.LineIndex;
import org.compendium.core.kernel.SourcePosition;

/**
 * A decoded content file: UTF-8 without BOM, line endings normalised to {@code \n}.
 *
 * @param path relative to the content root, {@code /} separators
 * @param text the decoded text
 */
public record SourceFile(String path, String text, LineIndex lines) {

    public static SourceFile of(String path, String text) {
        return new SourceFile(path, text, new LineIndex(text));
    }

    public SourcePosition position(int offset) {
        return lines.position(path, offset);
    }
}
