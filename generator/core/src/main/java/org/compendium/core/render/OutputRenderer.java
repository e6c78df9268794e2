package org.compendium.core.render;

import java.io.IOException;
import java.nio.file.Path;
import org.compendium.core.BuildRequest;
import org.compendium.core.Diagnostics;
import org.compendium.core.model.Compendium;

/** One output format: writes its files for a compendium into a (staging) output folder. */
public interface OutputRenderer {

    /**
     * Writes this format's files under {@code outputDir}. Problems with the input (a missing glyph, a
     * template error) are reported to {@code diagnostics}; any error there stops the publish.
     */
    void render(Compendium compendium, BuildRequest request, Path outputDir, Diagnostics diagnostics)
            throws IOException;
}
