package org.compendium.core.load;

import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;

/**
 * Control characters (NUL, form feed, escape, C1 controls …) in content. They are invisible, no output can
 * show them (XML forbids most of them), and a legal record must not hold characters nobody can read, so each
 * is an error at its position, whether written in the file or as a YAML escape ({@code "\0"}) in front matter.
 * Tab and line feed are whitespace, not errors.
 */
public final class ControlCharacters {
    /** At most this many are reported per file; a binary file pasted by mistake would otherwise flood the report. */
    private static final int MAX_REPORTED = 10;

    private ControlCharacters() {
    }

    public static boolean isControl(char c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    /** Reports the control characters of a whole file (CR is already normalised away). */
    public static void report(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        int reported = 0;
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                if (reported++ == MAX_REPORTED) {
                    diagnostics.error(file.position(i), "more control characters follow; expected none");
                    return;
                }
                diagnostics.error(file.position(i), message(text.charAt(i), "the text"));
            }
        }
    }

    /** Reports the first control character of a front-matter value (written as a YAML escape such as {@code "\0"}). */
    public static void report(String value, SourcePosition at, Diagnostics diagnostics) {
        first(value).ifPresent(c -> diagnostics.error(at, message(c, "a front-matter value (a YAML escape)")));
    }

    private static Optional<Character> first(String value) {
        for (int i = 0; i < value.length(); i++) {
            if (isControl(value.charAt(i))) {
                return Optional.of(value.charAt(i));
            }
        }
        return Optional.empty();
    }

    private static String message(char c, String where) {
        return String.format("control character [U+%04X%s] in %s; expected printable text (delete it: no output can"
                + " show it; write a line break as a new line, a page break is not part of the text)", (int) c, name(c), where);
    }

    private static String name(char c) {
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
