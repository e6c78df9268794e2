package org.compendium.core;

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
        out.append(shownPath);
        if (line > 0) {
            out.append(':').append(line);
            if (column > 0) {
                out.append(':').append(column);
            }
        }
        return out.append(": ").append(severity.label()).append(": ").append(message).toString();
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
