package org.compendium.core.render.epub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.paths.UrlPaths;
import org.compendium.core.render.template.PageErrors;
import org.compendium.core.render.template.TemplateEngine;
import org.compendium.core.render.template.TextWriter;

/**
 * Assembles every file of one edition's EPUB: the chapters and other files {@code epub/book.ftlx} declares (see
 * {@link BookFiles}), in its reading order; the navigation document ({@code epub/nav.ftlx}), the NCX
 * ({@code epub/toc.ncx.ftlx}) and the package document ({@code epub/package.opf.ftlx}) made from what it declared;
 * the stylesheet, the images the chapters embed and the container.
 */
final class EditionBook {
    static final String ROOT = "EPUB/";
    static final String PACKAGE = "package.opf";
    static final String NCX = "toc.ncx";
    static final String STYLESHEET = "epub.css";
    static final String BOOK_TEMPLATE = "epub/book.ftlx";
    static final String NAV_TEMPLATE = "epub/nav.ftlx";
    static final String NCX_TEMPLATE = "epub/toc.ncx.ftlx";
    static final String PACKAGE_TEMPLATE = "epub/package.opf.ftlx";
    private final Compendium compendium;
    private final Edition edition;
    private final Diagnostics diagnostics;
    private final TemplateEngine templates;
    private final PageErrors errors;
    private final String renderingPath;
    private final CoverImage cover;
    private final List<EpubEntry> entries = new ArrayList<>();
    private final SortedSet<String> images = new TreeSet<>();

    /**
     * @param errors        where the templates' runtime errors go, reported once for all editions
     * @param renderingPath the book's file under the output folder, for error messages
     * @param cover         draws the PNG resources the book declares from their SVG
     */
    EditionBook(Compendium compendium, Edition edition, Diagnostics diagnostics, TemplateEngine templates,
                PageErrors errors, String renderingPath, CoverImage cover) {
        this.compendium = compendium;
        this.edition = edition;
        this.diagnostics = diagnostics;
        this.templates = templates;
        this.errors = errors;
        this.renderingPath = renderingPath;
        this.cover = cover;
    }

    /**
     * All entries of the container except {@code mimetype}, which the zip writer adds; empty when a template
     * failed (the problem is in the diagnostics or the errors).
     */
    Optional<List<EpubEntry>> entries(String stylesheet) throws IOException {
        Ebook book = new EbookBuilder(compendium, new BodyConverter(new EditionLayout(compendium, edition), diagnostics),
                images).build(edition);
        BookFiles files = new BookFiles();
        Map<String, Object> model = new HashMap<>(files.directives());
        model.put("book", book);
        if (render(BOOK_TEMPLATE, model).isEmpty()) {
            return Optional.empty();
        }
        List<ManifestItem> items = new ArrayList<>();
        for (BookFiles.File file : files.files()) {
            items.add(file.item());
            if (file.content() != null && file.item().mediaType().equals(MediaTypes.PNG)) {
                entries.add(new EpubEntry(ROOT + file.item().href(), raster(file)));
            } else if (file.content() != null) {
                entries.add(EpubEntry.text(ROOT + file.item().href(), file.content()));
            }
        }
        List<TocEntry> toc = files.toc();
        items.add(new ManifestItem("css", STYLESHEET, MediaTypes.CSS, "", false));
        entries.add(EpubEntry.text(ROOT + STYLESHEET, stylesheet));
        items.add(ManifestItem.resource("ncx", NCX, MediaTypes.NCX));
        addImages(items);
        Optional<String> ncx = render(NCX_TEMPLATE, Map.of("book", book, "toc", toc,
                "depth", toc.stream().mapToInt(TocEntry::depth).max().orElse(1)));
        Optional<String> opf = render(PACKAGE_TEMPLATE, Map.of("book", book, "items", items,
                "images", items.stream().anyMatch(i -> i.mediaType().startsWith("image/"))));
        Optional<ManifestItem> navigation = files.navigation();
        Optional<String> nav = navigation.isEmpty() ? Optional.of("")
                : render(NAV_TEMPLATE, Map.of("book", book, "toc", toc, "landmarks", files.landmarks()));
        if (ncx.isEmpty() || opf.isEmpty() || nav.isEmpty()) {
            return Optional.empty();
        }
        navigation.ifPresent(item -> entries.add(EpubEntry.text(ROOT + item.href(), nav.get())));
        entries.add(EpubEntry.text(ROOT + NCX, ncx.get()));
        entries.add(EpubEntry.text(ROOT + PACKAGE, opf.get()));
        entries.add(EpubEntry.text("META-INF/container.xml", container()));
        return Optional.of(entries);
    }

    /** A PNG resource: the SVG its directive's body writes (the cover), drawn by {@link CoverImage}. */
    private byte[] raster(BookFiles.File file) throws IOException {
        try {
            return cover.png(file.content());
        } catch (org.apache.batik.transcoder.TranscoderException e) {
            throw new IOException("cannot draw " + file.item().href() + " from the SVG of " + BOOK_TEMPLATE + ": "
                    + e.getMessage(), e);
        }
    }

    private Optional<String> render(String template, Map<String, Object> model) {
        TextWriter out = new TextWriter(1 << 12);
        return templates.render(template, model, renderingPath, diagnostics, errors, out)
                ? Optional.of(out.toString()) : Optional.empty();
    }

    private void addImages(List<ManifestItem> items) throws IOException {
        int n = 0;
        for (String path : images) {
            Path file = compendium.contentRoot().resolve(path);
            if (!Files.isRegularFile(file)) {
                diagnostics.error(path, 0, 0, "image [" + path + "] used in the EPUB does not exist");
                continue;
            }
            String type = MediaTypes.image(path).orElseThrow();
            items.add(ManifestItem.resource("img-" + ++n, UrlPaths.encode(path), type));
            entries.add(new EpubEntry(ROOT + path, Files.readAllBytes(file)));
        }
    }

    private static String container() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                <rootfiles>
                <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
                </rootfiles>
                </container>
                """;
    }
}
