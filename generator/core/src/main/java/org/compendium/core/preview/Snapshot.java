package org.compendium.core.preview;

import java.util.List;
import java.util.Map;
import org.compendium.core.Diagnostic;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.SiteConfig;
import org.compendium.core.render.html.SiteIndex;
import org.compendium.core.render.html.TemplateEngine;
import org.compendium.core.render.search.SearchIndex;
import org.compendium.core.resolve.DocumentResolution;

/**
 * The state of the last good preview build, kept in memory so the next edit rebuilds only what it
 * affects.
 *
 * @param fixed        diagnostics that no single document edit can change: the configuration and the folder scan
 * @param loads        every document file as loaded, by path
 * @param assets       the asset files, relative to the content root
 * @param resolutions  every document's resolution, by path
 * @param search       the search index as written
 */
record Snapshot(SiteConfig config, List<Diagnostic> fixed, Map<String, FileLoad> loads, java.util.Set<String> assets,
                Map<String, DocumentResolution> resolutions, Compendium compendium, SiteIndex index,
                Map<String, DocumentSignature> signatures, TemplateEngine templates, SearchIndex search) {

    /** The documents by path. */
    Map<String, SourceDocument> documents() {
        Map<String, SourceDocument> out = new java.util.HashMap<>();
        resolutions.forEach((path, r) -> out.put(path, r.document().source()));
        return out;
    }
}
