package org.compendium.core.preview;

import java.util.Map;
import java.util.Set;
import org.compendium.core.CompiledContent;
import org.compendium.core.model.Compendium;
import org.compendium.core.render.html.SiteIndex;
import org.compendium.core.render.search.SearchIndex;
import org.compendium.core.render.template.TemplateEngine;

/**
 * The state of the last good preview build, kept in memory so the next edit rebuilds only what it
 * affects: the content as compiled (the next compile starts from it) and the site made of it. The maps are
 * not copied from one rebuild to the next; none is changed once remembered.
 *
 * @param search the search index as written
 */
record Snapshot(CompiledContent content, SiteIndex index, Map<String, DocumentSignature> signatures,
                TemplateEngine templates, SearchIndex search) {

    Compendium compendium() {
        return content.compendium().orElseThrow();
    }

    /** The asset files, relative to the content root. */
    Set<String> assets() {
        return content.assets();
    }
}
