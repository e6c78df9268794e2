package org.compendium.core.kernel;

import java.util.Comparator;
import java.util.Objects;

/**
 * One problem found in the content, located like a compiler message.
 *
 * @param severity error or warning
 * @param path     path relative to the content root, with {@code /} separators
 *                 (empty for problems that concern no single file)
 * @param line     1-based line, or 0 when unknown
 * @param column   1-based column in characters (code points), or 0 when unknown
 * @param message  what is wrong, the offending value in brackets, and what was expected
 */
public record Diagnostic(Severity severity, String path, int line, int column, String message)
        implements Comparable<Diagnostic> {

    private static final Comparator<Diagnostic> ORDER = Comparator
            .comparing(Diagnostic::path)
            .thenComparingInt(Diagnostic::line)
            .thenComparingInt(Diagnostic::column)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(message, "message");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** Not a problem: a line of a report the user asked for. */
    public boolean isInfo() {
        return severity == Severity.INFO;
    }

    /** {@code shownPath:line:col: error: message}, the path shown as the user would type it. */
    public String format(String shownPath) {
        StringBuilder out = new StringBuilder();
        escape(shownPath, out);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        out.append(": ").append(severity.label()).append(": ");
        escape(message, out);
        return out.toString();
    }

    /**
     * Appends {@code text} with every character that could forge or hide a line of the report escaped as
     * {@code \n}, {@code \r}, {@code \t} or {@code \}{@code uXXXX}: control characters (a file name with a
     * line feed would print a line of its own, "[ERROR] …"), line and paragraph separators, and the bidi
     * controls that reorder what a terminal shows.
     */
    static void escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                out.append("\\n");
            } else if (c == '\r') {
                out.append("\\r");
            } else if (c == '\t') {
                out.append("\\t");
            } else if (c < 0x20 || c >= 0x7F && c <= 0x9F || c == '\u2028' || c == '\u2029' || c == '\u061C'
                    || c >= '\u200E' && c <= '\u200F' || c >= '\u202A' && c <= '\u202E'
                    || c >= '\u2066' && c <= '\u2069') {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
    }

    @Override
    public String toString() {
        return format(path);
    }

    @Override
    public int compareTo(Diagnostic other) {
        return ORDER.compare(this, other);
    }
}
