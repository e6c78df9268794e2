package org.compendium.core.preview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.Compendium;
import org.compendium.core.resolve.DocumentResolution;
import org.compendium.core.resolve.ResolveLookups;
import org.compendium.core.resolve.ResolvedContent;

/**
 * The content compiled for the preview: the resolved and assembled compendium, or only diagnostics when
 * the content has errors, and what the next incremental rebuild reuses.
 *
 * @param fixed        diagnostics that no single document edit can change: the configuration and the folder scan
 * @param loads        every document file as loaded, by path
 * @param resolutions  every valid document's resolution, by path
 * @param documents    every valid document, by path
 * @param resolved     the resolved content (empty when the content has errors)
 * @param lookups      the lookups {@code resolved} was resolved with (present when it is)
 * @param renderedIds  ids of the documents whose bodies were rendered (not reused)
 * @param diagnostics  the problems of the content; rendering the pages adds its own
 * @param content      the problems of the content alone, sorted, as compiling left them
 */
record Compiled(List<Diagnostic> fixed, Map<String, FileLoad> loads, Set<String> assets,
                Map<String, DocumentResolution> resolutions, Map<String, SourceDocument> documents,
                Optional<ResolvedContent> resolved, Optional<ResolveLookups> lookups, Optional<Compendium> compendium, Set<String> renderedIds,
                Diagnostics diagnostics, List<Diagnostic> content) {
}
