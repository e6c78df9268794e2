package org.compendium.core.render.search;

import java.io.IOException;
import java.nio.file.Path;
import org.compendium.core.model.Compendium;
import org.compendium.core.output.OutputFiles;

/**
 * Writes the site's full-text search index under {@code search/}: {@code meta.js} (the document list),
 * {@code s/K.js} (postings of the terms whose hash falls in shard K) and {@code t/N.js} (the text of
 * document N, for checking matches and showing snippets). Every file is a script calling
 * {@code compendiumSearch.…(…)}, so the index loads with {@code <script>} elements and works from
 * {@code file://}. A query downloads the metadata, one shard per term and the text of the results shown.
 */
public final class SearchIndexWriter {

    /** Writes the index into {@code dir}, a folder under the root of {@code files}. */
    public void write(Compendium compendium, OutputFiles files, Path dir) throws IOException {
        SearchIndex.build(compendium).writeAll(files, dir);
    }
}
