package org.compendium.core.parse;

import java.util.OptionalInt;

/**
 * Finds runs of Markdown markup characters ({@code ***…}, {@code - - -…}, {@code [[[…}) too long for the
 * parser: Flexmark matches some of them with regular expressions that recurse once per character, so a
 * line of a few thousand asterisks would exhaust the stack. Real texts have runs of a few dozen at most.
 */
final class MarkupRuns {
    private MarkupRuns() {
    }

    /** The offset of the first run of markup (spaces and tabs inside it included) longer than {@code max}. */
    static OptionalInt firstLongerThan(String text, int from, int max) {
        int start = -1;
        int markup = 0;
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isMarkup(c)) {
                if (start < 0) {
                    start = i;
                }
                if (++markup > max) {
                    return OptionalInt.of(start);
                }
            } else if (c != ' ' && c != '\t' || start < 0) {
                start = -1;
                markup = 0;
            }
        }
        return OptionalInt.empty();
    }

    /** One of {@code *_-=~#>[]`}: a switch, as this runs over every character of every body. */
    private static boolean isMarkup(char c) {
        return switch (c) {
            case '*', '_', '-', '=', '~', '#', '>', '[', ']', '`' -> true;
            default -> false;
        };
    }
}
