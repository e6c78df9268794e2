package org.compendium.core;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostic;

/**
 * A build that does nothing when nothing changed: the editor's loop. When the output is up to date with
 * the content, templates, fonts, options and generator of its last successful build ({@link BuildStamp}),
 * the build stops at once and reports that build's warnings again; {@code rebuild} forces a build.
 */
public final class UpToDateBuilder {
    private final CompendiumBuilder builder;
    private final Map<String, String> environment;

    public UpToDateBuilder() {
        this(new CompendiumBuilder(), System.getenv());
    }

    public UpToDateBuilder(CompendiumBuilder builder, Map<String, String> environment) {
        this.builder = builder;
        this.environment = Map.copyOf(environment);
    }

    /**
     * @param result      the build's result; empty when the output was up to date
     * @param oldWarnings when up to date: the warnings the last build reported, as {@code format} wrote them
     */
    public record Outcome(Optional<BuildResult> result, List<String> oldWarnings) {
        public boolean upToDate() {
            return result.isEmpty();
        }
    }

    /**
     * @param format      how a diagnostic is shown to the user (kept for the warnings reported again)
     * @param progress    receives one line per stage ({@link CompendiumBuilder#build(BuildRequest, Consumer)})
     */
    public Outcome build(BuildRequest request, boolean rebuild, Function<Diagnostic, String> format,
                         Consumer<String> progress) {
        if (request.checkOnly()) {
            return new Outcome(Optional.of(builder.build(request, progress)), List.of());
        }
        String commit = BuildClock.lastCommit(request.contentDir()).map(Instant::toString).orElse("");
        BuildStamp stamp = BuildStamp.of(request, environment, commit);
        if (!rebuild) {
            Optional<List<String>> warnings = stamp.upToDate();
            if (warnings.isPresent()) {
                return new Outcome(Optional.empty(), warnings.get());
            }
        }
        try {
            stamp.delete();
        } catch (IOException e) {
            // The stamp beside the output is only an optimisation; the build reports an unwritable folder.
        }
        BuildResult result = builder.build(request, progress);
        if (result.success() && result.published()) {
            try {
                // The stamp of the inputs as read before the build: an edit during the build makes it stale.
                stamp.save(result.diagnostics().stream().map(format).toList());
            } catch (IOException e) {
                // Without a stamp the next build simply runs again.
            }
        }
        return new Outcome(Optional.of(result), List.of());
    }
}
