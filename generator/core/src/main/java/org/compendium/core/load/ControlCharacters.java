package org.compendium.core.load;

import java.util.Optional;
import org.compendium.core.internal.InvisibleCharacters;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;

/**
 * Control characters (NUL, form feed, escape, C1 controls …) in content. They are invisible, no output can
 * show them (XML forbids most of them), and a legal record must not hold characters nobody can read, so each
 * is an error at its position, whether written in the file or as a YAML escape ({@code "\0"}) in front matter.
 * Tab and line feed are whitespace, not errors.
 *
 * <p>So are Unicode's invisible format characters (general category Cf): the bidirectional embeddings,
 * overrides, isolates and marks (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C), which make the text a
 * reader sees differ from the text stored ("Trojan Source": 第一条, U+202E, 元万十 shows as 第一条十万元),
 * zero-width spaces and joiners (U+200B–U+200D, U+2060, U+FEFF inside the text), the soft hyphen, tag
 * characters (U+E0001, U+E0020–U+E007F) and the rest of Cf: none shows, each can hide a difference between two
 * texts that read the same or break a search for a word. Variation selectors (ideographic variants) are marks,
 * not format characters, and stay.
 */
public final class ControlCharacters {
    /** At most this many are reported per file; a binary file pasted by mistake would otherwise flood the report. */
    private static final int MAX_REPORTED = 10;

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return InvisibleCharacters.isControl(c);
    }

    /** Whether {@code codePoint} is an invisible format character (Unicode category Cf), see the class comment. */
    public static boolean isInvisible(int codePoint) {
        return InvisibleCharacters.isFormat(codePoint);
    }

    /** Whether the code point at {@code at} is reported: a control or an invisible format character. */
    private static boolean refused(String text, int at) {
        char c = text.charAt(at);
        return isControl(c) || c >= 0xAD && isInvisible(Character.codePointAt(text, at));
    }

    /** Reports the control characters of a whole file (CR is already normalised away). */
    public static void report(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        int reported = 0;
        for (int i = 0; i < text.length(); i++) {
            if (refused(text, i)) {
                if (reported++ == MAX_REPORTED) {
                    diagnostics.error(file.position(i), "more control or invisible characters follow; expected none");
                    return;
                }
                diagnostics.error(file.position(i), message(text.codePointAt(i), "the text"));
            }
        }
    }

    /** Reports the first control character of a front-matter value (written as a YAML escape such as {@code "\0"}). */
    public static void report(String value, SourcePosition at, Diagnostics diagnostics) {
        first(value).ifPresent(c -> diagnostics.error(at, message(c, "a front-matter value (a YAML escape)")));
    }

    private static Optional<Integer> first(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (refused(value, i)) {
                return Optional.of(value.codePointAt(i));
            }
        }
        return Optional.empty();
    }

    private static String message(int c, String where) {
        if (c > 0x9F) {
            return String.format("invisible formatting character [U+%04X %s] in %s; expected visible text only (delete"
                    + " it: the text shown would differ from the text stored%s)", c, Character.getName(c), where,
                    bidi(c) ? ", as this character changes the order in which the text around it is shown" : "");
        }
        return String.format("control character [U+%04X%s] in %s; expected printable text (delete it: no output can"
                + " show it; write a line break as a new line, a page break is not part of the text)", c, name(c), where);
    }

    private static boolean bidi(int c) {
        return InvisibleCharacters.isBidi(c);
    }

    private static String name(int c) {
        return switch (c) {
            case 0 -> " NUL";
            case 0x0B -> " VT";
            case 0x0C -> " FF";
            case 0x1B -> " ESC";
            case 0x7F -> " DEL";
            default -> "";
        };
    }
}
