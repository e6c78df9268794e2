package org.compendium.core.render;

import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** A line break inside a paragraph is written as nothing between two Chinese characters, a newline otherwise. */
final class SoftBreaks {

    private SoftBreaks() {
    }

    /** Whether the break stands between two wide characters (emphasis markers and quote markers skipped). */
    static boolean joinsWide(SoftLineBreak node) {
        BasedSequence base = node.getChars().getBaseSequence();
        int before = node.getStartOffset() - 1;
        while (before >= 0 && " \t*_~".indexOf(base.charAt(before)) >= 0) {
            before--;
        }
        int after = node.getEndOffset();
        while (after < base.length() && " \t*_~>".indexOf(base.charAt(after)) >= 0) {
            after++;
        }
        return before >= 0 && after < base.length() && isWide(base.charAt(before)) && isWide(base.charAt(after));
    }

    static boolean isWide(char c) {
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        return script == Character.UnicodeScript.HAN || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF00 && c <= 0xFFEF);
    }
}
