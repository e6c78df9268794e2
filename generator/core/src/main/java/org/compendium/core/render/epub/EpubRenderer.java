package org.compendium.core.render.epub;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.compendium.core.BuildRequest;
import org.compendium.core.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.publish.OutputFiles;
import org.compendium.core.render.EditionPlanner;
import org.compendium.core.render.OutputRenderer;

/**
 * Writes one EPUB 3 book per annual edition to {@code downloads/compendium-YYYY.epub}.
 *
 * <p>The container is written directly with {@code java.util.zip} rather than with a library such as
 * epub4j ({@code io.documentnode:epub4j-core} 4.2.2): that library only writes EPUB 2 packages
 * ({@code <package version="2.0">} with an NCX and no navigation document), cannot add the EPUB 3
 * metadata (dcterms:modified, schema.org accessibility properties, manifest properties such as
 * {@code nav} and {@code cover-image}), and does not give control over entry order and timestamps,
 * which reproducible output needs. The format itself is a handful of small XML files in a zip.
 */
public final class EpubRenderer implements OutputRenderer {
    static final String FOLDER = "downloads";

    @Override
    public void render(Compendium compendium, BuildRequest request, OutputFiles output, Diagnostics diagnostics)
            throws IOException {
        Optional<String> stylesheet = new EpubStylesheet().load(request.templatesDir(), diagnostics);
        List<Edition> editions = new EditionPlanner().plan(compendium, request.editions(), diagnostics);
        if (stylesheet.isEmpty()) {
            return;
        }
        for (Edition edition : editions) {
            EditionBook book = new EditionBook(compendium, edition, diagnostics);
            List<EpubEntry> entries = book.entries(stylesheet.get());
            Path file = output.root().resolve(FOLDER).resolve(fileName(edition.year()));
            new EpubZipWriter().write(output.newOutputStream(file), entries, compendium.buildTime());
        }
    }

    /** {@code compendium-2024.epub} */
    public static String fileName(int year) {
        return "compendium-" + year + ".epub";
    }
}
