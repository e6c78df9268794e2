package org.compendium.core;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;
import org.compendium.core.history.GitHistoryReader;
import org.compendium.core.internal.ParallelTasks;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.ContentHistory;
import org.compendium.core.publish.AtomicPublisher;
import org.compendium.core.publish.FileNames;
import org.compendium.core.publish.OutputPlacement;
import org.compendium.core.publish.PublishRefusedException;
import org.compendium.core.publish.SwapFailedException;
import org.compendium.core.render.OutputRenderer;
import org.compendium.core.render.epub.EpubRenderer;
import org.compendium.core.render.html.SiteRenderer;
import org.compendium.core.render.pdf.PdfRenderer;

/**
 * The generator's entry point: checks the content and, when there is no error, writes the site, PDF
 * and EPUB into a staging folder and publishes it atomically. Maven-free; the Maven plugin and the CLI
 * only map their parameters to a {@link BuildRequest}.
 */
public final class CompendiumBuilder {
    /** How a generator bug (rather than a content problem) starts its diagnostic message. */
    public static final String INTERNAL_ERROR = "internal error";
    private final Map<OutputFormat, OutputRenderer> renderers;
    private final Map<String, String> environment;

    /** The standard renderers, reading {@code SOURCE_DATE_EPOCH} from the process environment. */
    public CompendiumBuilder() {
        this(defaultRenderers(), System.getenv());
    }

    /**
     * @param renderers the PDF and EPUB renderers run concurrently, then HTML, so the site can link the
     *                  downloads the others wrote
     */
    public CompendiumBuilder(Map<OutputFormat, OutputRenderer> renderers, Map<String, String> environment) {
        this.renderers = new LinkedHashMap<>(renderers);
        this.environment = Map.copyOf(environment);
    }

    public static Map<OutputFormat, OutputRenderer> defaultRenderers() {
        Map<OutputFormat, OutputRenderer> map = new LinkedHashMap<>();
        map.put(OutputFormat.PDF, new PdfRenderer());
        map.put(OutputFormat.EPUB, new EpubRenderer());
        map.put(OutputFormat.HTML, new SiteRenderer());
        return map;
    }

    /**
     * Checks and (unless check-only or there are errors) publishes. A bug of the generator itself (an
     * unexpected exception) is reported as an "internal error" diagnostic; the output is then left as it was.
     */
    public BuildResult build(BuildRequest request) {
        return build(request, line -> { });
    }

    /**
     * As {@link #build(BuildRequest)}, telling {@code progress} one line per stage as it ends, with counts
     * and time ({@code "load     9 policies, 5 notes, 3 summaries   0.4 s"}).
     */
    public BuildResult build(BuildRequest request, Consumer<String> progress) {
        Diagnostics diagnostics = new Diagnostics();
        StageTimer timer = new StageTimer();
        try {
            return run(request, diagnostics, timer, new ProgressLines(progress));
        } catch (OutOfMemoryError e) {
            // What the build held is garbage once its stack has unwound, so reporting this is safe.
            diagnostics.error("", 0, 0, "out of memory [" + e.getMessage() + "; heap limit "
                    + Runtime.getRuntime().maxMemory() / (1024 * 1024) + " MB]; expected a larger heap: a PDF"
                    + " edition of about 9,000 pages needs about 1.5 GB (COMPENDIUM_JAVA_OPTS=-Xmx2g for ./compendium,"
                    + " MAVEN_OPTS=-Xmx2g for mvn)");
            return new BuildResult(diagnostics.sorted(), false, timer.timings());
        } catch (RuntimeException | StackOverflowError e) {
            StackTraceElement[] at = e.getStackTrace();
            diagnostics.error("", 0, 0, INTERNAL_ERROR + " [" + e + (at.length > 0 ? " at " + at[0] : "")
                    + "]; expected the build to finish: please report this with the content that caused it");
            return new BuildResult(diagnostics.sorted(), false, timer.timings());
        }
    }

    private BuildResult run(BuildRequest request, Diagnostics diagnostics, StageTimer timer, ProgressLines progress) {
        // What the renderers can make without the content (the site's templates) is made while it compiles.
        Map<OutputFormat, OutputRenderer> prepared = new LinkedHashMap<>();
        renderers.forEach((format, renderer) -> prepared.put(format,
                request.wants(format) && !request.checkOnly() ? renderer.prepared(request) : renderer));
        // The timestamp (a git process, else a walk over the content) is found while the content loads.
        CompletableFuture<Instant> time = CompletableFuture.supplyAsync(
                () -> new BuildClock(environment).timestamp(request, diagnostics),
                task -> Thread.ofPlatform().name("build-clock").daemon().start(task));
        if (!request.checkOnly()) {
            OutputPlacement.check(request, diagnostics);
        }
        // So is the content folder's git history (JGit), which a check does not need.
        CompletableFuture<ContentHistory> history = request.checkOnly()
                ? CompletableFuture.completedFuture(ContentHistory.NONE)
                : CompletableFuture.supplyAsync(() -> timer.time("git history",
                        () -> new GitHistoryReader(BureauTime.ZONE).read(request.contentDir())),
                        task -> Thread.ofPlatform().name("git-history").daemon().start(task));
        Optional<Compendium> compendium = compile(request, time, history, diagnostics, timer);
        time.join(); // when the content has errors too, so that a bad SOURCE_DATE_EPOCH is among them
        compendium.ifPresent(c -> progress.loaded(c, timer.timings()));
        if (compendium.isEmpty() || diagnostics.hasErrors() || request.checkOnly()) {
            return new BuildResult(diagnostics.sorted(), false, timer.timings());
        }
        Optional<String> fileNames = FileNames.problem();
        if (fileNames.isPresent()) {
            diagnostics.error("", 0, 0, fileNames.get());
            return new BuildResult(diagnostics.sorted(), false, timer.timings());
        }
        boolean published = publish(compendium.get(), prepared, request, diagnostics, timer, progress);
        String note = compendium.get().history().note();
        if (published && !note.isEmpty()) {
            diagnostics.info("", 0, 0, note);
        }
        return new BuildResult(diagnostics.sorted(), published, timer.timings());
    }

    /**
     * The content compiled from nothing ({@link CompiledContent#NONE}); only the compendium is kept, so what
     * compiling it took (the parsed documents and their resolutions) is garbage while the formats render.
     */
    private static Optional<Compendium> compile(BuildRequest request, CompletableFuture<Instant> time,
                                                CompletableFuture<ContentHistory> history, Diagnostics diagnostics,
                                                StageTimer timer) {
        CompiledContent compiled = new ContentCompiler(request.reports()).compile(CompiledContent.NONE, Set.of(),
                new CompileSettings(request.contentDir(), request.asOf(), time::join, history::join), timer);
        diagnostics.addAll(compiled.diagnostics());
        return compiled.compendium();
    }

    private boolean publish(Compendium compendium, Map<OutputFormat, OutputRenderer> prepared, BuildRequest request,
                            Diagnostics diagnostics, StageTimer timer, ProgressLines progress) {
        long[] written = {0};
        try {
            boolean published = new AtomicPublisher().publish(request.outputDir(), request.force(), staging -> {
                List<Callable<Void>> books = new ArrayList<>();
                for (var entry : prepared.entrySet()) {
                    if (entry.getKey() != OutputFormat.HTML && request.wants(entry.getKey())) {
                        books.add(() -> {
                            long start = System.nanoTime();
                            timer.time(entry.getKey().lowerCase(),
                                    () -> entry.getValue().render(compendium, request, staging, diagnostics));
                            progress.rendered(entry.getKey(), staging, start);
                            return null;
                        });
                    }
                }
                if (!books.isEmpty()) {
                    ParallelTasks.run(books);
                }
                OutputRenderer site = prepared.get(OutputFormat.HTML);
                if (site != null && request.wants(OutputFormat.HTML) && !diagnostics.hasErrors()) {
                    long start = System.nanoTime();
                    timer.time("html", () -> site.render(compendium, request, staging, diagnostics));
                    progress.rendered(OutputFormat.HTML, staging, start);
                }
                written[0] = System.nanoTime();
                return !diagnostics.hasErrors();
            });
            if (published) {
                // Removing what the staging folder holds from an earlier build, and the swap.
                timer.record("publish", written[0]);
            }
            return published;
        } catch (PublishRefusedException | SwapFailedException e) {
            diagnostics.error(OutputPlacement.diagnosticPath(request), 0, 0, e.getMessage());
            return false;
        } catch (IOException e) {
            writeFailed(request, e, diagnostics);
            return false;
        } catch (java.io.UncheckedIOException e) {
            writeFailed(request, e.getCause(), diagnostics);
            return false;
        }
    }

    /**
     * A file of the staging folder ({@code .site-output.staging-…/policies/a/index.html}) as the output file it
     * was to become ({@code site-output/policies/a/index.html}); any other path as it is.
     */
    static String shown(String file, Path output) {
        Path out = output.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Path path;
        try {
            path = Path.of(file);
        } catch (java.nio.file.InvalidPathException e) {
            return file;
        }
        if (parent == null || !path.startsWith(parent) || path.getNameCount() <= parent.getNameCount() + 1
                || !path.getName(parent.getNameCount()).toString().startsWith("." + out.getFileName() + ".staging-")) {
            return file;
        }
        return output.resolve(path.subpath(parent.getNameCount() + 1, path.getNameCount())).toString();
    }

    /**
     * A failed write (a full disk, a read-only folder) is the machine's problem, not a bug: what could not be
     * written, and that the published output is still the previous build's (the staging folder is dropped).
     */
    private static void writeFailed(BuildRequest request, IOException e, Diagnostics diagnostics) {
        String what = e instanceof java.nio.file.FileSystemException f && f.getFile() != null
                ? shown(f.getFile(), request.outputDir()) + (f.getReason() != null ? ": " + f.getReason() : "")
                : String.valueOf(e.getMessage());
        diagnostics.error(OutputPlacement.diagnosticPath(request), 0, 0, "cannot write the output folder [" + what + "]; the previous output"
                + " is kept unchanged; expected a writable output folder on a disk with free space");
    }
}
