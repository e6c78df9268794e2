package org.compendium.core.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * Collects every {@link Diagnostic} of a run. Thread-safe, so files can be checked in parallel;
 * {@link #sorted()} gives a deterministic order whatever the threads did.
 */
public final class Diagnostics {
    private final ConcurrentLinkedQueue<Diagnostic> items = new ConcurrentLinkedQueue<>();

    public void add(Diagnostic diagnostic) {
        items.add(diagnostic);
    }

    public void addAll(Iterable<Diagnostic> diagnostics) {
        diagnostics.forEach(items::add);
    }

    public void error(String path, int line, int column, String message) {
        add(new Diagnostic(Severity.ERROR, path, line, column, message));
    }

    public void warning(String path, int line, int column, String message) {
        add(new Diagnostic(Severity.WARNING, path, line, column, message));
    }

    public void info(SourcePosition at, String message) {
        add(new Diagnostic(Severity.INFO, at.path(), at.line(), at.column(), message));
    }

    public void error(SourcePosition at, String message) {
        error(at.path(), at.line(), at.column(), message);
    }

    public void warning(SourcePosition at, String message) {
        warning(at.path(), at.line(), at.column(), message);
    }

    /** A note that is neither an error nor a warning (counted as neither). */
    public void info(String path, int line, int column, String message) {
        add(new Diagnostic(Severity.INFO, path, line, column, message));
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return items.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return items.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** All diagnostics, sorted by path, line, column; duplicates removed. */
    public List<Diagnostic> sorted() {
        if (items.isEmpty()) {
            return List.of();
        }
        return new ArrayList<>(items).stream().distinct().sorted().toList();
    }

    /** "3 errors, 1 warning", "no problems" (report lines, {@link Severity#INFO}, are none). */
    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.stream().filter(d -> d.severity() == Severity.WARNING).count();
        if (errors == 0 && warnings == 0) {
            return "no problems";
        }
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
