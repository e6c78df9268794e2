package org.compendium.core;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.Compendium;
import org.compendium.core.resolve.DocumentResolution;
import org.compendium.core.resolve.ResolveLookups;
import org.compendium.core.resolve.ResolvedContent;

/**
 * The content compiled by {@link ContentCompiler}: the {@link Compendium}, or only the diagnostics when the
 * content has errors, and what the next compile of the same folder reuses. {@link #NONE} is the empty
 * snapshot a build starts from. None of the maps is changed once made.
 *
 * @param fixed       problems no single document edit can change: the configuration, the folder scan, the assets
 * @param loads       every document file as loaded, by path
 * @param assets      the asset files, relative to the content root
 * @param resolutions every valid document's resolution, by path
 * @param documents   every valid document, by path
 * @param resolved    the resolved content the compendium was assembled from; empty when the content has errors
 *                    or a file failed to load (then no document is left out of it)
 * @param lookups     the lookups {@code resolved} was resolved with (present when it is)
 * @param renderedIds ids of the documents whose bodies were rendered, not reused
 * @param whole       true when nothing was reused: the content was compiled from the folder
 * @param diagnostics the problems of the content, sorted
 */
public record CompiledContent(List<Diagnostic> fixed, Map<String, FileLoad> loads, Set<String> assets,
                              Map<String, DocumentResolution> resolutions, Map<String, SourceDocument> documents,
                              Optional<ResolvedContent> resolved, Optional<ResolveLookups> lookups,
                              Optional<Compendium> compendium, Set<String> renderedIds, boolean whole,
                              List<Diagnostic> diagnostics) {

    /** Nothing compiled yet: the next compile reads the whole folder. */
    public static final CompiledContent NONE = failed(List.of(), Map.of(), Set.of(), Map.of(), Map.of(), true,
            List.of());

    /** Content with errors: only the diagnostics, and the loads for the next compile. */
    static CompiledContent failed(List<Diagnostic> fixed, Map<String, FileLoad> loads, Set<String> assets,
                                  Map<String, DocumentResolution> resolutions, Map<String, SourceDocument> documents,
                                  boolean whole, List<Diagnostic> diagnostics) {
        return new CompiledContent(fixed, loads, assets, resolutions, documents, Optional.empty(), Optional.empty(),
                Optional.empty(), Set.of(), whole, diagnostics);
    }

    /** Whether the content compiled without errors. */
    public boolean good() {
        return compendium.isPresent();
    }
}
