package org.compendium.core.preview;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.SiteConfig;
import org.compendium.core.render.html.SiteIndex;
import org.compendium.core.render.search.SearchIndex;
import org.compendium.core.render.template.TemplateEngine;
import org.compendium.core.resolve.DocumentResolution;
import org.compendium.core.resolve.ResolveLookups;
import org.compendium.core.resolve.ResolvedContent;

/**
 * The state of the last good preview build, kept in memory so the next edit rebuilds only what it
 * affects. The maps are not copied from one rebuild to the next; none is changed once remembered.
 *
 * @param fixed        diagnostics that no single document edit can change: the configuration and the folder scan
 * @param loads        every document file as loaded, by path
 * @param assets       the asset files, relative to the content root
 * @param resolutions  every document's resolution, by path
 * @param documents    every document, by path
 * @param resolved     the resolved content the compendium was assembled from; empty when files failed to load
 * @param lookups      the lookups {@code resolved} was resolved with, for resolving single documents again
 * @param diagnostics  the problems of the content (warnings only: the build was good), sorted
 * @param search       the search index as written
 */
record Snapshot(SiteConfig config, List<Diagnostic> fixed, Map<String, FileLoad> loads, Set<String> assets,
                Map<String, DocumentResolution> resolutions, Map<String, SourceDocument> documents,
                Optional<ResolvedContent> resolved, Optional<ResolveLookups> lookups, List<Diagnostic> diagnostics, Compendium compendium, SiteIndex index,
                Map<String, DocumentSignature> signatures, TemplateEngine templates, SearchIndex search) {
}
