package org.compendium.core.render;

import java.io.IOException;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.output.OutputFiles;

/** One output format: writes its files for a compendium into a (staging) output folder. */
public interface OutputRenderer {

    /**
     * Writes this format's files under the root of {@code output}. Problems with the input (a missing
     * glyph, a template error) are reported to {@code diagnostics}; any error there stops the publish.
     */
    void render(Compendium compendium, BuildRequest request, OutputFiles output, Diagnostics diagnostics)
            throws IOException;

    /**
     * This renderer for one build of {@code request}, with what it can make before the content is compiled
     * (the site's templates, say) already being made beside the compilation. The default is this renderer.
     */
    default OutputRenderer prepared(BuildRequest request) {
        return this;
    }
}
