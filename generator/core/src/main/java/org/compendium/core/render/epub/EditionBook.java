package org.compendium.core.render.epub;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import org.compendium.core.Diagnostics;
import org.compendium.core.internal.UrlPaths;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;

/**
 * Assembles every file of one edition's EPUB: the container and package documents, navigation, cover,
 * stylesheet, chapters in reading order (cover, contents, preface, then per category a divider page and
 * each policy followed by its notes) and the images the chapters embed.
 */
final class EditionBook {
    static final String ROOT = "EPUB/";
    private final Compendium compendium;
    private final Edition edition;
    private final Diagnostics diagnostics;
    private final BookMetadata meta;
    private final List<EpubEntry> entries = new ArrayList<>();
    private final List<ManifestItem> items = new ArrayList<>();
    private final SortedSet<String> images = new TreeSet<>();

    EditionBook(Compendium compendium, Edition edition, Diagnostics diagnostics) {
        this.compendium = compendium;
        this.edition = edition;
        this.diagnostics = diagnostics;
        this.meta = BookMetadata.of(compendium, edition);
    }

    /** All entries of the container except {@code mimetype}, which the zip writer adds. */
    List<EpubEntry> entries(String stylesheet) throws IOException {
        ChapterWriter chapters = new ChapterWriter(compendium, edition,
                new BodyConverter(new EditionLayout(compendium, edition), diagnostics), images);
        CoverPage cover = new CoverPage();
        add(ManifestItem.chapter("cover", CoverPage.FILE), cover.xhtml(meta, compendium.config().title()));
        add(new ManifestItem("cover-image", CoverPage.IMAGE, MediaTypes.SVG, "cover-image", false),
                cover.svg(meta, compendium.config().title()));
        int navIndex = items.size();
        List<TocEntry> toc = chapters(chapters);
        add(new ManifestItem("css", XhtmlPage.STYLESHEET, MediaTypes.CSS, "", false), stylesheet);
        add(ManifestItem.resource("ncx", NcxDocument.FILE, MediaTypes.NCX), new NcxDocument().write(meta, toc));
        addImages();
        String nav = new NavDocument(meta.language()).write(meta.title(), toc,
                edition.summary().map(s -> EditionLayout.PREFACE), bodyStart());
        items.add(navIndex, new ManifestItem("nav", NavDocument.FILE, MediaTypes.XHTML, "nav", true));
        entries.add(EpubEntry.text(ROOT + NavDocument.FILE, nav));
        entries.add(EpubEntry.text(ROOT + PackageDocument.FILE, new PackageDocument().write(meta, items)));
        entries.add(EpubEntry.text("META-INF/container.xml", container()));
        return entries;
    }

    BookMetadata metadata() {
        return meta;
    }

    /** Writes the chapters in reading order and returns the table of contents. */
    private List<TocEntry> chapters(ChapterWriter chapters) {
        List<TocEntry> toc = new ArrayList<>();
        edition.summary().ifPresent(s -> {
            add(ManifestItem.chapter("preface", EditionLayout.PREFACE), chapters.preface(s));
            toc.add(TocEntry.leaf(s.title(), EditionLayout.PREFACE));
        });
        int n = 0;
        for (Edition.CategoryGroup group : edition.categories()) {
            String part = EditionLayout.partFile(++n);
            add(ManifestItem.chapter(part.replace(".xhtml", ""), part), chapters.part(group));
            List<TocEntry> policies = new ArrayList<>();
            for (Policy policy : group.policies()) {
                policies.add(policy(policy, chapters));
            }
            toc.add(new TocEntry(group.category(), part, policies));
        }
        if (toc.isEmpty()) {
            toc.add(TocEntry.leaf("封面", CoverPage.FILE));
        }
        return toc;
    }

    private TocEntry policy(Policy policy, ChapterWriter chapters) {
        String file = EditionLayout.file(policy);
        add(ManifestItem.chapter(EditionLayout.itemId(policy), file), chapters.policy(policy));
        List<TocEntry> notes = new ArrayList<>();
        for (Interpretation note : compendium.interpretationsOf(policy.id())) {
            String noteFile = EditionLayout.file(note);
            add(ManifestItem.chapter(EditionLayout.itemId(note), noteFile), chapters.note(note));
            notes.add(TocEntry.leaf(note.title(), noteFile));
        }
        return new TocEntry(policy.title(), file, notes);
    }

    private Optional<String> bodyStart() {
        return edition.categories().isEmpty() ? Optional.empty() : Optional.of(EditionLayout.partFile(1));
    }

    private void addImages() throws IOException {
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

    private void add(ManifestItem item, String text) {
        items.add(item);
        entries.add(EpubEntry.text(ROOT + item.href(), text));
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
