package org.compendium.core.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.core.CompileSettings;
import org.compendium.core.CompiledContent;
import org.compendium.core.ContentCompiler;
import org.compendium.core.StageTimer;
import org.compendium.core.history.GitHistoryReader;
import org.compendium.core.internal.OverlayMap;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.ContentHistory;
import org.compendium.core.output.OutputFiles;
import org.compendium.core.publish.AtomicPublisher;
import org.compendium.core.publish.OutputManifest;
import org.compendium.core.publish.OutputPlacement;
import org.compendium.core.publish.PublishRefusedException;
import org.compendium.core.render.html.SiteIndex;
import org.compendium.core.render.html.SiteRenderer;
import org.compendium.core.render.search.SearchIndex;
import org.compendium.core.render.template.TemplateEngine;

/**
 * The preview's builder, a loop around {@link ContentCompiler}: a whole HTML build first; then, for every
 * batch of changed files, the content compiled again from the last good compile (which loads only the changed
 * files again and resolves and renders only the documents they affect), and only the pages whose HTML changed
 * written. A change the compiler cannot build on (additions, deletions, id changes, compendium.yaml) and a
 * template change publish the whole site again. The result is byte for byte what a whole build gives. One
 * thread at a time.
 */
public final class PreviewBuilder {
    private final BuildRequest request;
    private final Path root;
    private final CompileSettings settings;
    private final ContentCompiler compiler = new ContentCompiler();
    private final SiteRenderer site = new SiteRenderer();
    private final Set<String> pending = new TreeSet<>();
    private boolean templatesPending;
    private Optional<Snapshot> last = Optional.empty();
    /** Whether this preview has published its output once (it then writes into it between builds). */
    private boolean published;
    /** The content folder's git history, read once per preview session (edits are not commits). */
    private ContentHistory history;

    /** @param buildTime the build timestamp of every rebuild (fixed, so pages do not change with the clock) */
    public PreviewBuilder(BuildRequest request, Instant buildTime) {
        this.request = request;
        this.root = request.contentDir();
        this.settings = new CompileSettings(root, request.asOf(), () -> buildTime, this::history);
    }

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
        return update(Set.of(), true);
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
        Diagnostics placement = new Diagnostics();
        if (!published && !OutputPlacement.check(request, placement)) {
            return failure(placement, start);
        }
        StageTimer timer = new StageTimer();
        CompiledContent before = templatesPending ? CompiledContent.NONE
                : last.map(Snapshot::content).orElse(CompiledContent.NONE);
        CompiledContent compiled = compiler.compile(before, pending, settings, timer);
        Diagnostics d = new Diagnostics();
        d.addAll(compiled.diagnostics());
        if (!compiled.good()) {
            return failure(d, start);
        }
        if (compiled.whole()) {
            return publishAll(compiled, d, start);
        }
        try {
            return output(last.orElseThrow(), compiled, d, timer, start);
        } catch (IOException | UncheckedIOException e) {
            return build();
        }
    }

    private RebuildResult publishAll(CompiledContent compiled, Diagnostics d, long start) {
        Compendium compendium = compiled.compendium().orElseThrow();
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

    private RebuildResult output(Snapshot before, CompiledContent compiled, Diagnostics d, StageTimer timer,
                                 long start) throws IOException {
        Compendium after = compiled.compendium().orElseThrow();
        Map<String, DocumentSignature> fresh = timer.time("signatures", () -> DocumentSignature.of(after,
                DocumentSignature.candidates(before.compendium(), after, compiled.renderedIds())));
        boolean listsChanged = fresh.entrySet().stream().anyMatch(e -> !e.getValue().equals(before.signatures()
                .get(e.getKey())));
        SiteIndex index = listsChanged ? timer.time("index", () -> SiteIndex.of(after)) : before.index();
        AffectedPages pages = timer.time("select", () -> AffectedPages.of(before, after, index, fresh,
                compiled.renderedIds()));
        Map<String, DocumentSignature> signatures = OverlayMap.of(before.signatures(), fresh);
        Path out = request.outputDir();
        Map<String, String> html = timer.time("render", () -> renderPages(after, index, before.templates(), out,
                pages, d));
        if (d.hasErrors()) {
            return failure(d, start);
        }
        OutputFiles files = new OutputFiles(out);
        timer.time("write", () -> html.entrySet().parallelStream().forEach(e -> writePage(files, e.getKey(),
                e.getValue())));
        Set<String> written = Set.copyOf(files.changed());
        long pagesNanos = System.nanoTime() - start;
        for (String gone : pages.delete()) {
            Files.deleteIfExists(out.resolve(gone));
        }
        copyChangedAssets(before, files);
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
        return new RebuildResult(true, false, d.sorted(), written, pagesNanos,
                System.nanoTime() - start, timer.timings());
    }

    private Map<String, String> renderPages(Compendium c, SiteIndex index, TemplateEngine templates, Path out,
                                            AffectedPages pages, Diagnostics d) {
        try {
            return site.renderPages(c, index, templates, out, pages.render()::contains, d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writePage(OutputFiles files, String file, String html) {
        try {
            files.write(files.root().resolve(file), html);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Edited assets: the compile leaves them to the preview, which copies them. */
    private void copyChangedAssets(Snapshot before, OutputFiles files) throws IOException {
        for (String path : pending) {
            if (before.assets().contains(path) && Files.isRegularFile(root.resolve(path))) {
                files.copy(root.resolve(path), files.root().resolve(path));
            }
        }
    }

    private void remember(CompiledContent compiled, TemplateEngine templates, SearchIndex search, SiteIndex index,
                          Map<String, DocumentSignature> signatures) {
        last = Optional.of(new Snapshot(compiled, index, OverlayMap.readOnly(signatures), templates, search));
        pending.clear();
        templatesPending = false;
    }

    private RebuildResult failure(Diagnostics d, long start) {
        return new RebuildResult(false, last.isEmpty(), d.sorted(), Set.of(), 0, System.nanoTime() - start, List.of());
    }
}
