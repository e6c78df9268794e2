package org.compendium.core.preview;

import java.util.List;
import java.util.Set;
import org.compendium.core.BuildResult;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;

/**
 * The outcome of a preview build or rebuild.
 *
 * @param success     false when the content has errors: nothing was written, the last good site stays
 * @param full        true for a whole build, false for an incremental one
 * @param diagnostics every problem of the content as it is now, sorted
 * @param written     files written, relative to the site root (for a full build: empty, everything was)
 * @param pagesNanos  time from the call until the changed HTML pages were on disk
 * @param totalNanos  time from the call until the site, feed and search index were up to date
 * @param timings     wall time of the steps of an incremental rebuild
 */
public record RebuildResult(boolean success, boolean full, List<Diagnostic> diagnostics, Set<String> written,
                            long pagesNanos, long totalNanos, List<BuildResult.StageTiming> timings) {

    public RebuildResult {
        diagnostics = List.copyOf(diagnostics);
        written = Set.copyOf(written);
        timings = List.copyOf(timings);
    }

    /** "3 errors, 1 warning". */
    public String summary() {
        return Diagnostics.summary(diagnostics);
    }

    public long errorCount() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}
