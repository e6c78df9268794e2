package org.compendium.core.render.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.compendium.core.internal.CodeIdentity;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.output.OutputFiles;
import org.compendium.core.render.EditionPlanner;
import org.compendium.core.render.EditionReuse;
import org.compendium.core.render.OutputRenderer;
import org.compendium.core.render.pdf.FontLocator;
import org.compendium.core.render.template.PageErrors;
import org.compendium.core.render.template.TemplateEngine;

/**
 * Writes one EPUB 3 book per annual edition to {@code downloads/compendium-YYYY.epub}, its structure and
 * wording from the templates in {@code templates/epub/} (see {@link EditionBook}).
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
        TemplateEngine templates = new TemplateEngine(request.templatesDir());
        PageErrors errors = new PageErrors("book");
        EditionReuse reuse = new EditionReuse(request.outputDir(), output);
        CoverImage cover = new CoverImage(new FontLocator().locate(request.fontDir()));
        for (Edition edition : editions) {
            String name = FOLDER + "/" + fileName(edition.year());
            Optional<List<EpubEntry>> entries = new EditionBook(compendium, edition, diagnostics, templates, errors,
                    name, cover).entries(stylesheet.get());
            if (entries.isPresent()) {
                java.nio.file.Path file = output.root().resolve(name);
                String key = key(entries.get(), compendium);
                if (!reuse.reuse(file, key)) {
                    new EpubZipWriter().write(output.newOutputStream(file), entries.get(), compendium.buildTime());
                    reuse.record(file, key);
                }
            }
        }
        errors.reportTo(diagnostics);
    }

    /** What the book's zip is made from: its entries, the build time (entries' dates) and the generator's code. */
    private static String key(List<EpubEntry> entries, Compendium compendium) {
        MessageDigest sha = CodeIdentity.digest();
        sha.update(("epub\n" + CodeIdentity.of(EpubRenderer.class) + "\n" + compendium.buildTime() + "\n")
                .getBytes(StandardCharsets.UTF_8));
        for (EpubEntry entry : entries) {
            sha.update((entry.path() + "\n" + entry.data().length + "\n").getBytes(StandardCharsets.UTF_8));
            sha.update(entry.data());
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /** {@code compendium-2024.epub} */
    public static String fileName(int year) {
        return "compendium-" + year + ".epub";
    }
}
