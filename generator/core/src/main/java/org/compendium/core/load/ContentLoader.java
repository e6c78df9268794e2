package org.compendium.core.load;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.core.internal.ParallelLists;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.DocumentKind;
import org.compendium.core.model.DocumentMeta;
import org.compendium.core.model.SiteConfig;
import org.compendium.core.parse.AnchorAssigner;
import org.compendium.core.parse.MarkdownParser;

/**
 * Loads a content folder: {@code compendium.yaml}, {@code policies/**.md}, {@code interpretations/**.md},
 * {@code summaries/YYYY.md} and {@code assets/**}. Files are read, front matter checked and Markdown
 * parsed in parallel; results come back sorted by path whatever the thread timing.
 */
public final class ContentLoader {
    /** Markdown files larger than this are refused rather than risk memory and time. */
    public static final long MAX_MARKDOWN_BYTES = 8L * 1024 * 1024;
    private final MarkdownParser parser = new MarkdownParser();
    private final SourceReader reader = new SourceReader(MAX_MARKDOWN_BYTES);
    private final FrontMatterParser frontMatter = new FrontMatterParser();
    private final MetadataReader metadata = new MetadataReader();
    private final AssetChecker assetChecker = new AssetChecker();

    public Optional<LoadedContent> load(Path contentRoot, Diagnostics diagnostics) {
        return loadFiles(contentRoot, diagnostics).map(f -> combine(f.config(), f.loads(), f.assets(), diagnostics));
    }

    /**
     * Reads the configuration, scans the folder, checks the assets and loads every document on its own,
     * without putting them together: the problems of the configuration, the folder and the assets go to
     * {@code diagnostics}, each file's own stay with its {@link FileLoad}. Empty when the folder or its
     * configuration cannot be read.
     */
    public Optional<LoadedFiles> loadFiles(Path contentRoot, Diagnostics diagnostics) {
        if (!Files.isDirectory(contentRoot)) {
            diagnostics.error("", 0, 0, "content folder does not exist [" + contentRoot + "]; expected a folder with "
                    + SiteConfigReader.FILE + ", policies/, interpretations/ and summaries/");
            return Optional.empty();
        }
        Optional<SiteConfig> config = readConfig(contentRoot, diagnostics);
        ContentFiles files = ContentFiles.scan(contentRoot, diagnostics);
        files.assets().parallelStream().forEach(asset -> assetChecker.check(contentRoot, asset, diagnostics));
        return config.map(c -> new LoadedFiles(c, ParallelLists.map(files.documents(), path -> loadFile(contentRoot, path)),
                files.assets()));
    }

    /** The configuration, every document file as loaded (sorted by path) and the assets of a content folder. */
    public record LoadedFiles(SiteConfig config, List<FileLoad> loads, Set<String> assets) {
    }

    /** Reads {@code compendium.yaml}. */
    public Optional<SiteConfig> readConfig(Path contentRoot, Diagnostics diagnostics) {
        return new SiteConfigReader().read(contentRoot, reader, diagnostics);
    }

    /** The Markdown documents and assets of a content folder; problems with the layout go to the diagnostics. */
    public ContentFiles scan(Path contentRoot, Diagnostics diagnostics) {
        return ContentFiles.scan(contentRoot, diagnostics);
    }

    /**
     * Reads, checks and parses one document on its own (the preview reloads single files this way).
     *
     * @param path relative to the content root, {@code /} separators
     */
    public FileLoad loadFile(Path root, String path) {
        Diagnostics local = new Diagnostics();
        Optional<ParsedFile> document = reader.read(root.resolve(path), path, local)
                .flatMap(source -> frontMatter.parse(source, local).map(fm -> {
                    Optional<? extends DocumentMeta> meta = meta(fm, path, local);
                    var ast = parser.parse(source.text(), fm.bodyOffset(), path, source.lines(), local);
                    var anchors = AnchorAssigner.assign(ast, source.lines());
                    return meta.isPresent() && !local.hasErrors()
                            ? new SourceDocument(meta.get(), source, fm, ast, anchors)
                            : new PartialDocument(source, ast, anchors, metadata.declaredId(fm, path));
                }));
        return new FileLoad(path, document, local.sorted());
    }

    /** Puts loaded files together: their diagnostics are reported, duplicate ids rejected. */
    public LoadedContent combine(SiteConfig config, List<FileLoad> loads, Set<String> assets, Diagnostics diagnostics) {
        Set<String> failed = new HashSet<>();
        List<SourceDocument> documents = new ArrayList<>();
        List<PartialDocument> partials = new ArrayList<>();
        for (FileLoad load : loads) {
            diagnostics.addAll(load.diagnostics());
            if (load.failed()) {
                failed.add(load.path());
            }
            if (load.file().orElse(null) instanceof SourceDocument d) {
                documents.add(d);
            } else if (load.file().orElse(null) instanceof PartialDocument p) {
                partials.add(p);
            }
        }
        List<SourceDocument> unique = rejectDuplicateIds(documents, diagnostics, failed, partials);
        return new LoadedContent(config, unique, List.copyOf(partials), Set.copyOf(failed),
                Collections.unmodifiableSet(new TreeSet<>(assets)));
    }

    /**
     * One document file after loading.
     *
     * @param file        the document, a partial one when only its front matter's values are wrong, or empty
     * @param diagnostics the file's own problems
     */
    public record FileLoad(String path, Optional<ParsedFile> file, List<Diagnostic> diagnostics) {

        public FileLoad {
            diagnostics = List.copyOf(diagnostics);
        }

        public boolean failed() {
            return diagnostics.stream().anyMatch(Diagnostic::isError);
        }
    }

    private Optional<? extends DocumentMeta> meta(FrontMatter fm, String path, Diagnostics diagnostics) {
        return switch (ContentFiles.kindOf(path)) {
            case POLICY -> metadata.policy(fm, diagnostics);
            case INTERPRETATION -> metadata.interpretation(fm, diagnostics);
            case SUMMARY -> metadata.summary(fm, path, diagnostics);
        };
    }

    private static List<SourceDocument> rejectDuplicateIds(List<SourceDocument> documents, Diagnostics diagnostics,
                                                           Set<String> failed, List<PartialDocument> partials) {
        Map<String, SourceDocument> first = new HashMap<>();
        List<SourceDocument> unique = new ArrayList<>();
        for (SourceDocument doc : documents) {
            SourceDocument earlier = first.putIfAbsent(doc.id(), doc);
            if (earlier == null) {
                unique.add(doc);
            } else {
                diagnostics.error(doc.idAt(), "duplicate id [" + doc.id() + "]; already used by " + earlier.idAt()
                        + "; expected ids unique across all content");
                failed.add(doc.path());
                partials.add(new PartialDocument(doc.source(), doc.ast(), doc.anchors(), Optional.of(doc.id())));
            }
        }
        return unique;
    }

    /** The files of a content folder, classified by where they are: document paths sorted, assets. */
    public record ContentFiles(List<String> documents, Set<String> assets) {

        static DocumentKind kindOf(String path) {
            return path.startsWith("policies/") ? DocumentKind.POLICY
                    : path.startsWith("interpretations/") ? DocumentKind.INTERPRETATION : DocumentKind.SUMMARY;
        }

        static ContentFiles scan(Path root, Diagnostics diagnostics) {
            List<String> documents = new ArrayList<>();
            Set<String> assets = new TreeSet<>();
            try {
                Path realRoot = root.toRealPath();
                Files.walkFileTree(root, new Scanner(root, realRoot, documents, assets, diagnostics));
            } catch (IOException e) {
                diagnostics.error("", 0, 0, "cannot read the content folder [" + root + "]: " + e.getMessage());
            }
            Collections.sort(documents);
            return new ContentFiles(documents, assets);
        }
    }

    private static final class Scanner extends SimpleFileVisitor<Path> {
        private final Path root;
        private final Path realRoot;
        private final List<String> documents;
        private final Set<String> assets;
        private final Diagnostics diagnostics;

        Scanner(Path root, Path realRoot, List<String> documents, Set<String> assets, Diagnostics diagnostics) {
            this.root = root;
            this.realRoot = realRoot;
            this.documents = documents;
            this.assets = assets;
            this.diagnostics = diagnostics;
        }

        @Override
        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
            String path = relative(dir);
            if (!path.isEmpty() && dir.getFileName().toString().startsWith(".")) {
                return FileVisitResult.SKIP_SUBTREE;
            }
            if (path.endsWith(".md") && isDocumentPath(path)) {
                diagnostics.error(path, 0, 0, "is a directory, not a file; expected a Markdown file");
                return FileVisitResult.SKIP_SUBTREE;
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
            String path = relative(file);
            if (file.getFileName().toString().startsWith(".") || path.equals(SiteConfigReader.FILE)) {
                return FileVisitResult.CONTINUE;
            }
            // The walk follows no link, so only a link itself can lead outside (resolving every path is slow).
            if (attrs.isSymbolicLink() && !insideRoot(file)) {
                diagnostics.error(path, 0, 0, "link points outside the content folder [" + path
                        + "]; expected files inside the content folder");
            } else if (path.startsWith("assets/")) {
                assets.add(path);
            } else if (isDocumentPath(path) && path.endsWith(".md")) {
                documents.add(path);
            } else if (path.startsWith("summaries/") && path.endsWith(".md")) {
                diagnostics.error(path, 0, 0, "summary file name is not a year [" + path
                        + "]; expected summaries/YYYY.md");
            } else {
                diagnostics.warning(path, 0, 0, "file is not part of the compendium and is ignored [" + path
                        + "]; expected policies/**.md, interpretations/**.md, summaries/YYYY.md or assets/**");
            }
            return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult visitFileFailed(Path file, IOException e) {
            diagnostics.error(relative(file), 0, 0, "cannot read: " + e.getClass().getSimpleName() + " "
                    + e.getMessage());
            return FileVisitResult.CONTINUE;
        }

        private boolean insideRoot(Path file) {
            try {
                return file.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                return false;
            }
        }

        private static boolean isDocumentPath(String path) {
            return path.startsWith("policies/") || path.startsWith("interpretations/")
                    || path.matches("summaries/\\d{4}\\.md");
        }

        private String relative(Path path) {
            return root.relativize(path).toString().replace('\\', '/');
        }
    }
}
