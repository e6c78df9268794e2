package org.compendium.core;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.model.Compendium;
import org.compendium.core.output.OutputFiles;

/**
 * The build's progress as one line per stage, with counts and wall time, for the user watching a build:
 * {@code load     9 policies, 5 notes, 3 summaries   0.4 s}. Lines of concurrent stages are told whole.
 */
final class ProgressLines {
    private final Consumer<String> sink;

    ProgressLines(Consumer<String> sink) {
        this.sink = sink;
    }

    /** Loading, parsing, resolving and rendering the bodies: the stages timed so far. */
    void loaded(Compendium compendium, List<BuildResult.StageTiming> timings) {
        long millis = timings.stream().mapToLong(BuildResult.StageTiming::millis).sum();
        tell("load", compendium.policies().size() + " policies, " + compendium.interpretations().size()
                + " notes, " + compendium.summaries().size() + " summaries", millis);
    }

    /** A format finished rendering into {@code staging}: the editions it holds, or the site's files. */
    void rendered(OutputFormat format, OutputFiles staging, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        Path downloads = staging.root().resolve("downloads");
        String what = switch (format) {
            case PDF -> editions(staging, downloads, ".pdf");
            case EPUB -> editions(staging, downloads, ".epub");
            case HTML -> {
                Predicate<Path> site = f -> !f.startsWith(downloads);
                yield staging.count(site) + " files, " + staging.countChanged(site) + " changed";
            }
        };
        tell(format.lowerCase(), what, millis);
    }

    private synchronized void tell(String stage, String what, long millis) {
        sink.accept(String.format(Locale.ROOT, "%-5s %-40s %5.1f s", stage, what, millis / 1000.0));
    }

    private static String editions(OutputFiles staging, Path downloads, String suffix) {
        Predicate<Path> book = f -> f.startsWith(downloads) && f.getFileName().toString().endsWith(suffix);
        long all = staging.count(book);
        long reused = staging.countReused(book);
        String editions = all + (all == 1 ? " edition, " : " editions, ");
        // Books whose inputs did not change are copied from the last build (EditionReuse).
        return reused > 0 ? editions + (all - reused) + " rebuilt, " + reused + " unchanged"
                : editions + staging.countChanged(book) + " changed";
    }
}
