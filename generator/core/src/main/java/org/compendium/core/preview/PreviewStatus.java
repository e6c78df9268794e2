package org.compendium.core.preview;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.compendium.core.kernel.Diagnostic;

/** What the browser is told about the last build: its diagnostics and whether it failed. Thread-safe. */
public final class PreviewStatus {

    /**
     * @param failed      true when the content has errors and the site shown is the last good one
     * @param diagnostics the problems, as shown to the user (paths relative to the project)
     * @param generation  counts the builds, so a page can tell it is out of date
     */
    public record State(boolean failed, List<String> diagnostics, long generation) {

        public State {
            diagnostics = List.copyOf(diagnostics);
        }
    }

    private final AtomicReference<State> state = new AtomicReference<>(new State(false, List.of(), 0));

    public State current() {
        return state.get();
    }

    /** Records the outcome of a build. */
    public State update(RebuildResult result, java.util.function.Function<Diagnostic, String> format) {
        List<String> shown = result.diagnostics().stream().map(format).toList();
        return state.updateAndGet(s -> new State(!result.success(), shown, s.generation() + 1));
    }
}
