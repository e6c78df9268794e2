package org.compendium.core.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.compendium.core.ContentCompiler;
import org.compendium.core.StageTimer;
import org.compendium.core.history.GitHistoryReader;
import org.compendium.core.internal.ParallelLists;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.ContentLoader;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.ContentHistory;
import org.compendium.core.model.SiteConfig;
import org.compendium.core.publish.AtomicPublisher;
import org.compendium.core.publish.OutputManifest;
import org.compendium.core.publish.OutputPlacement;
import org.compendium.core.publish.PublishRefusedException;
import org.compendium.core.render.html.SiteIndex;
import org.compendium.core.render.html.SiteRenderer;
import org.compendium.core.render.search.SearchIndex;
import org.compendium.core.render.template.TemplateEngine;
import org.compendium.core.resolve.ContentResolver;
import org.compendium.core.resolve.DocumentResolution;
import org.compendium.core.resolve.ResolutionCache;
import org.compendium.core.resolve.ResolveLookups;
import org.compendium.core.resolve.ResolvedContent;

/**
 * The preview's builder: a whole HTML build first, then, for every batch of changed files, an incremental
 * rebuild that loads only the changed files again, resolves and renders only the documents they affect
 * and writes only the pages whose HTML changed. Additions, deletions, id changes, compendium.yaml and
 * template changes rebuild everything. The result is byte for byte what a whole build gives. One thread
 * at a time.
 */
public final class PreviewBuilder {
    private final BuildRequest request;
    private final Instant buildTime;
    private final Path root;
    private final ContentLoader loader = new ContentLoader();
    private final SiteRenderer site = new SiteRenderer();
    private final EditCompiler edits = new EditCompiler();
    private final Set<String> pending = new TreeSet<>();
    private boolean templatesPending;
    private Optional<Snapshot> last = Optional.empty();
    /** Whether this preview has published its output once (it then writes into it between builds). */
    private boolean published;

    /** @param buildTime the build timestamp of every rebuild (fixed, so pages do not change with the clock) */
    private ContentHistory history;

    public PreviewBuilder(BuildRequest request, Instant buildTime) {
        this.request = request;
        this.buildTime = buildTime;
        this.root = request.contentDir();
    }

    /** The content folder's git history, read once per preview session (edits are not commits). */
    private ContentHistory history() {
        if (history == null) {
            history = new GitHistoryReader(BureauTime.ZONE).read(root);
        }
        return history;
    }

    /** The site folder the preview writes. */
    public Path outputDir() {
        return request.outputDir();
    }

    /** Builds the whole site (HTML and search index) and publishes it atomically. */
    public RebuildResult build() {
        long start = System.nanoTime();
        Diagnostics fixed = new Diagnostics();
        Optional<SiteConfig> config = loader.readConfig(root, fixed);
        ContentLoader.ContentFiles files = loader.scan(root, fixed);
        Map<String, FileLoad> loads = new TreeMap<>();
        ParallelLists.map(files.documents(), p -> loader.loadFile(root, p))
                .forEach(l -> loads.put(l.path(), l));
        List<String> placement = published ? List.of() : OutputPlacement.problems(request.outputDir(),
                Map.of("content folder", request.contentDir(), "templates folder", request.templatesDir()));
        placement.forEach(p -> fixed.error(root.toAbsolutePath().normalize()
                .relativize(request.outputDir().toAbsolutePath().normalize()).toString(), 0, 0, p));
        if (config.isEmpty() || !placement.isEmpty()) {
            return failure(fixed, start);
        }
        Compiled compiled = compile(config.get(), fixed.sorted(), loads, files.assets(), Map.of(), Set.of(),
                Optional.empty());
        if (compiled.diagnostics().hasErrors()) {
            return failure(compiled.diagnostics(), start);
        }
        return publishAll(compiled, start);
    }

    /**
     * Rebuilds after files changed.
     *
     * @param contentPaths changed paths relative to the content folder ({@code /} separators)
     * @param everything   true when the templates, or something the watcher could not follow, changed: rebuild all
     */
    public RebuildResult update(Set<String> contentPaths, boolean everything) {
        long start = System.nanoTime();
        pending.addAll(contentPaths);
        templatesPending |= everything;
        if (last.isEmpty() || templatesPending) {
            return build();
        }
        Snapshot before = last.get();
        Optional<Map<String, FileLoad>> changed = changedDocuments(before);
        if (changed.isEmpty()) {
            return build();
        }
        try {
            return incremental(before, changed.get(), start);
        } catch (IOException | UncheckedIOException e) {
            last = Optional.empty();
            return build();
        }
    }

    /** The changed documents loaded again, or empty when the change is structural (whole rebuild). */
    private Optional<Map<String, FileLoad>> changedDocuments(Snapshot before) {
        Map<String, FileLoad> out = new TreeMap<>();
        for (String path : pending) {
            Path file = root.resolve(path);
            if (ignorable(path, before, file)) {
                continue;
            }
            FileLoad old = before.loads().get(path);
            if (old == null || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            FileLoad fresh = loader.loadFile(root, path);
            if (!sameId(old, fresh)) {
                return Optional.empty();
            }
            if (!sameText(old, fresh)) {
                out.put(path, fresh);
            }
        }
        return Optional.of(out);
    }

    /**
     * Paths that need no document rebuild: hidden files, edited (not added or deleted) assets, which are
     * just copied, and editors' short-lived files that are gone again.
     */
    private static boolean ignorable(String path, Snapshot before, Path file) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean known = before.loads().containsKey(path) || before.assets().contains(path)
                || before.fixed().stream().anyMatch(d -> d.path().equals(path));
        boolean asset = path.startsWith("assets/") && before.assets().contains(path) && Files.isRegularFile(file);
        return name.startsWith(".") || asset || (!known && !Files.exists(file));
    }

    private static boolean sameId(FileLoad old, FileLoad fresh) {
        Optional<String> a = old.file().filter(SourceDocument.class::isInstance).map(f -> f.id());
        Optional<String> b = fresh.file().filter(SourceDocument.class::isInstance).map(f -> f.id());
        return b.isEmpty() || a.equals(b);
    }

    private static boolean sameText(FileLoad old, FileLoad fresh) {
        return fresh.diagnostics().equals(old.diagnostics()) && old.file().isPresent() && fresh.file().isPresent()
                && old.file().get().source().text().equals(fresh.file().get().source().text());
    }

    /**
     * @param reusable resolutions of the last good build, by path
     * @param again    paths whose resolution cannot be reused
     */
    private Compiled compile(SiteConfig config, List<Diagnostic> fixed, Map<String, FileLoad> loads, Set<String> assets,
                             Map<String, DocumentResolution> reusable, Set<String> again, Optional<Snapshot> before) {
        Diagnostics d = new Diagnostics();
        d.addAll(fixed);
        LoadedContent loaded = loader.combine(config, List.copyOf(loads.values()), assets, d);
        Map<String, SourceDocument> documents = new HashMap<>();
        loaded.documents().forEach(doc -> documents.put(doc.path(), doc));
        Map<String, DocumentResolution> resolutions = new ConcurrentHashMap<>();
        ContentResolver resolver = new ContentResolver();
        ResolveLookups lookups = resolver.lookups(loaded, d);
        ResolvedContent resolved = resolver.resolve(loaded, lookups, d, cache(reusable, again, resolutions));
        if (d.hasErrors()) {
            return new Compiled(fixed, loads, assets, resolutions, documents, Optional.empty(), Optional.empty(),
                    Optional.empty(), Set.of(), d, d.sorted());
        }
        List<Diagnostic> problems = d.sorted();
        Set<String> dirty = before.map(b -> DirtyBodies.of(b.compendium(), resolved, again))
                .orElseGet(() -> new HashSet<>(resolutions.values().stream().map(r -> r.document().id()).toList()));
        var date = ContentCompiler.statusDate(request.asOf(), resolved, buildTime);
        Compendium compendium = new ContentCompiler().assemble(resolved, root, date, buildTime,
                doc -> dirty.contains(doc.id()) ? Optional.empty()
                        : before.flatMap(b -> b.compendium().document(doc.id())).map(x -> x.body()))
                .withHistory(history());
        // The short way (EditCompiler) keeps this content and its lookups: only when no file failed, as then none
        // is left out of them.
        boolean complete = loaded.partials().isEmpty() && loaded.failedPaths().isEmpty();
        return new Compiled(fixed, loads, assets, resolutions, documents,
                complete ? Optional.of(resolved) : Optional.empty(), complete ? Optional.of(lookups) : Optional.empty(),
                Optional.of(compendium), dirty, d, problems);
    }

    private static ResolutionCache cache(Map<String, DocumentResolution> reusable, Set<String> again,
                                         Map<String, DocumentResolution> sink) {
        return new ResolutionCache() {
            @Override
            public Optional<DocumentResolution> reuse(SourceDocument doc) {
                DocumentResolution r = reusable.get(doc.path());
                if (r == null || again.contains(doc.path()) || r.document().source() != doc) {
                    return Optional.empty();
                }
                sink.put(doc.path(), r);
                return Optional.of(r);
            }

            @Override
            public void store(DocumentResolution resolution) {
                sink.put(resolution.document().source().path(), resolution);
            }
        };
    }

    private RebuildResult publishAll(Compiled compiled, long start) {
        Compendium compendium = compiled.compendium().orElseThrow();
        Diagnostics d = compiled.diagnostics();
        try {
            TemplateEngine templates = new TemplateEngine(request.templatesDir());
            // After its first build the preview has written files into its output itself (pages an edit
            // affected), which the manifest of that build does not list: only the first build checks it.
            boolean ok = new AtomicPublisher().publish(request.outputDir(), request.force() || published,
                    staging -> {
                site.render(compendium, request, staging, d);
                return !d.hasErrors();
            });
            if (!ok) {
                return failure(d, start);
            }
            published = true;
            long pages = System.nanoTime() - start;
            remember(compiled, templates, SearchIndex.build(compendium), SiteIndex.of(compendium),
                    DocumentSignature.of(compendium));
            return new RebuildResult(true, true, d.sorted(), Set.of(), pages, System.nanoTime() - start, List.of());
        } catch (PublishRefusedException e) {
            d.error("", 0, 0, e.getMessage());
            return failure(d, start);
        } catch (IOException | UncheckedIOException e) {
            d.error("", 0, 0, "cannot write the preview site [" + request.outputDir() + "]: " + e.getMessage());
            return failure(d, start);
        }
    }

    private RebuildResult incremental(Snapshot before, Map<String, FileLoad> changed, long start) throws IOException {
        StageTimer timer = new StageTimer();
        Map<String, SourceDocument> documents = before.documents();
        Set<String> again = timer.time("affected", () -> AffectedDocuments.of(documents, changed, documents.values()));
        Compiled compiled = timer.time("resolve+bodies", () -> edits.compile(before, changed, again)
                .orElseGet(() -> compileAll(before, changed, again)));
        if (compiled.compendium().isEmpty()) {
            return failure(compiled.diagnostics(), start);
        }
        return output(before, compiled, timer, start);
    }

    /** The whole compile, reusing the resolutions and bodies that the edit leaves valid. */
    private Compiled compileAll(Snapshot before, Map<String, FileLoad> changed, Set<String> again) {
        Map<String, FileLoad> loads = new TreeMap<>(before.loads());
        loads.putAll(changed);
        return compile(before.config(), before.fixed(), loads, before.assets(), before.resolutions(), again,
                Optional.of(before));
    }

    private RebuildResult output(Snapshot before, Compiled compiled, StageTimer timer, long start) throws IOException {
        Diagnostics d = compiled.diagnostics();
        Compendium after = compiled.compendium().orElseThrow();
        Map<String, DocumentSignature> fresh = timer.time("signatures", () -> DocumentSignature.of(after,
                DocumentSignature.candidates(before.compendium(), after, compiled.renderedIds())));
        boolean listsChanged = fresh.entrySet().stream().anyMatch(e -> !e.getValue().equals(before.signatures()
                .get(e.getKey())));
        SiteIndex index = listsChanged ? timer.time("index", () -> SiteIndex.of(after)) : before.index();
        AffectedPages pages = timer.time("select", () -> AffectedPages.of(before, after, index, fresh,
                compiled.renderedIds()));
        Map<String, DocumentSignature> signatures = EditedMap.of(before.signatures(), fresh);
        Path out = request.outputDir();
        Map<String, String> html = timer.time("render", () -> renderPages(after, index, before.templates(), out,
                pages, d));
        if (d.hasErrors()) {
            return failure(d, start);
        }
        Set<String> written = ConcurrentHashMap.newKeySet();
        timer.time("write", () -> html.entrySet().parallelStream().forEach(e -> writePage(out, e.getKey(), e.getValue(),
                written)));
        long pagesNanos = System.nanoTime() - start;
        for (String gone : pages.delete()) {
            Files.deleteIfExists(out.resolve(gone));
        }
        copyChangedAssets(before, out);
        if (!pages.changed().isEmpty()) {
            timer.time("site files", () -> site.writeSiteFiles(after, index, before.templates(), out, d));
        }
        long searchStart = System.nanoTime();
        // No signature changed: every search entry is as it was, only the bodies rendered again may have new text.
        SearchIndex search = pages.changed().isEmpty()
                ? before.search().updateBodies(before.compendium(), after, compiled.renderedIds(), out.resolve("search"))
                : before.search().update(after, out.resolve("search"));
        timer.record("search", searchStart);
        if (!pages.changed().isEmpty()) { // list pages may have come or gone
            timer.time("manifest", () -> OutputManifest.rewrite(out));
        }
        remember(compiled, before.templates(), search, index, signatures);
        return new RebuildResult(true, false, d.sorted(), written, pagesNanos, System.nanoTime() - start,
                timer.timings());
    }

    private Map<String, String> renderPages(Compendium c, SiteIndex index, TemplateEngine templates, Path out,
                                            AffectedPages pages, Diagnostics d) {
        try {
            return site.renderPages(c, index, templates, out, pages.render()::contains, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePage(Path out, String file, String html, Set<String> written) {
        try {
            if (SiteWriter.write(out.resolve(file), html)) {
                written.add(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void copyChangedAssets(Snapshot before, Path out) throws IOException {
        for (String path : pending) {
            if (before.assets().contains(path) && Files.isRegularFile(root.resolve(path))) {
                SiteWriter.copy(root.resolve(path), out.resolve(path));
            }
        }
    }

    private void remember(Compiled compiled, TemplateEngine templates, SearchIndex search, SiteIndex index,
                          Map<String, DocumentSignature> signatures) {
        Compendium c = compiled.compendium().orElseThrow();
        last = Optional.of(new Snapshot(c.config(), compiled.fixed(), readOnly(compiled.loads()), compiled.assets(),
                readOnly(compiled.resolutions()), readOnly(compiled.documents()), compiled.resolved(), compiled.lookups(),
                compiled.content(), c, index, readOnly(signatures), templates, search));
        pending.clear();
        templatesPending = false;
    }

    /** The map, unmodifiable (an edited map already is, and must stay one to be edited again without a copy). */
    private static <K, V> Map<K, V> readOnly(Map<K, V> map) {
        return map instanceof EditedMap<K, V> ? map : Collections.unmodifiableMap(map);
    }

    private RebuildResult failure(Diagnostics d, long start) {
        return new RebuildResult(false, last.isEmpty(), d.sorted(), Set.of(), 0, System.nanoTime() - start, List.of());
    }
}
