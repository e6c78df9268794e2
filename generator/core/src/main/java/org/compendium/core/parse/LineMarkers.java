package org.compendium.core.parse;

import java.util.OptionalInt;

/**
 * Finds a line that opens more containers than a body may nest ({@code 1. 1. 1. …}, {@code + + + …},
 * {@code > > > …}, or a list marker indented by more than two columns per allowed level) before the parser sees it: Flexmark's block parser takes time quadratic in the number of
 * list items opened on one line (30,000 of them took minutes before its tree could be measured).
 */
final class LineMarkers {
    private LineMarkers() {
    }

    /** The offset of the first container marker beyond {@code max} on one line, from {@code from} on. */
    static OptionalInt firstBeyond(String text, int from, int max) {
        int i = from;
        while (i < text.length()) {
            // Each level of a list nested by indentation takes at least two columns ("- "); Flexmark reads a
            // line's indentation once per open level, cubic in a staircase of a thousand nested lists.
            int count = indentation(text, i) / 2;
            while (true) {
                i = skipBlanks(text, i);
                int next = afterMarker(text, i);
                if (next < 0) {
                    break;
                }
                if (++count > max) {
                    return OptionalInt.of(i);
                }
                i = next;
            }
            int eol = text.indexOf('\n', i);
            i = eol < 0 ? text.length() : eol + 1;
        }
        return OptionalInt.empty();
    }

    /** Columns of leading spaces and tabs (a tab to the next multiple of 4) of the line starting at {@code i}. */
    private static int indentation(String text, int i) {
        int columns = 0;
        for (; i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t'); i++) {
            columns = text.charAt(i) == '\t' ? columns + 4 - columns % 4 : columns + 1;
        }
        return columns;
    }

    private static int skipBlanks(String text, int i) {
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** Where a container marker at {@code i} ({@code >}, {@code -+*} or digits and {@code .)} then a blank) ends, else -1. */
    private static int afterMarker(String text, int i) {
        if (i >= text.length()) {
            return -1;
        }
        char c = text.charAt(i);
        if (c == '>') {
            return i + 1;
        }
        int end = i;
        if (c == '-' || c == '+' || c == '*') {
            end = i + 1;
        } else {
            while (end < text.length() && end - i < 10 && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
                end++;
            }
            if (end == i || end >= text.length() || text.charAt(end) != '.' && text.charAt(end) != ')') {
                return -1;
            }
            end++;
        }
        return end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t') ? end : -1;
    }
}
