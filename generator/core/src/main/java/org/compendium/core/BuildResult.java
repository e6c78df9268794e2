package org.compendium.core;

import java.util.List;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;

/**
 * The outcome of a build or check.
 *
 * @param diagnostics every problem found, sorted
 * @param published   true when the output folder was (re)written
 * @param timings     wall time per stage, in the order run
 */
public record BuildResult(List<Diagnostic> diagnostics, boolean published, List<StageTiming> timings) {

    public BuildResult {
        diagnostics = List.copyOf(diagnostics);
        timings = List.copyOf(timings);
    }

    public boolean success() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }

    /** "3 errors, 1 warning". */
    public String summary() {
        return Diagnostics.summary(diagnostics);
    }

    /** Wall time of one pipeline stage. */
    public record StageTiming(String stage, long millis) {
    }
}
