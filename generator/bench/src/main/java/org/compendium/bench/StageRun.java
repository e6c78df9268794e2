package org.compendium.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.compendium.core.ContentCompiler;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.load.ContentLoader;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.model.Compendium;
import org.compendium.core.output.OutputFiles;
import org.compendium.core.render.epub.EpubRenderer;
import org.compendium.core.render.html.SiteRenderer;
import org.compendium.core.render.pdf.PdfRenderer;
import org.compendium.core.render.search.SearchIndexWriter;
import org.compendium.core.resolve.ContentResolver;
import org.compendium.core.resolve.ResolvedContent;

/**
 * One benchmark run in a JVM of its own: every stage of the pipeline over one corpus, one line per stage
 * on standard output: {@code stage<TAB>wall ms<TAB>documents<TAB>cpu ms<TAB>peak heap<TAB>live heap}.
 * Arguments: content folder, templates folder, work folder, formats (html,pdf,epub).
 */
public final class StageRun {
    static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");
    private final HeapWatch heap = new HeapWatch();
    private final com.sun.management.OperatingSystemMXBean os =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();

    public static void main(String[] args) throws Exception {
        new StageRun().run(Path.of(args[0]), Path.of(args[1]), Path.of(args[2]), OutputFormat.parseList(args[3]));
    }

    private void run(Path content, Path templates, Path work, Set<OutputFormat> formats) throws Exception {
        // Into the previous run's output, as a real build writes into its spare folder: only files whose bytes
        // changed are written, so the figures follow the generator rather than the disk (the first run of a new
        // work folder writes everything).
        Path out = work.resolve("out");
        Files.createDirectories(out);
        BuildRequest request = BuildRequest.builder(content).outputDir(out).templatesDir(templates)
                .formats(formats).timestamp(TIME).build();
        Diagnostics d = new Diagnostics();
        Compendium c = compile(content, d);
        if (formats.contains(OutputFormat.PDF)) {
            stage("pdf", c.documents().size(), () -> render(new PdfRenderer(), c, request, out, d));
            System.out.println("#pdf\t" + PdfFigures.of(out.resolve("downloads")));
        }
        if (formats.contains(OutputFormat.EPUB)) {
            stage("epub", c.documents().size(), () -> render(new EpubRenderer(), c, request, out, d));
        }
        int docs = c.documents().size();
        stage("html+search", docs, () -> render(new SiteRenderer(), c, request, out, d));
        stage("search alone", docs, () -> {
            Path alone = Files.createDirectories(work.resolve("search-alone"));
            new SearchIndexWriter().write(c, new OutputFiles(alone), alone);
            return 0;
        });
        System.out.println("#files\t" + countFiles(out));
    }

    /** Load, resolve, bodies; the ASTs are released on return, as in a real build. */
    private Compendium compile(Path content, Diagnostics d) throws Exception {
        Optional<LoadedContent> loaded = stage("load+parse", -1, () -> new ContentLoader().load(content, d));
        int docs = loaded.orElseThrow().documents().size();
        ResolvedContent resolved = stage("resolve", docs, () -> new ContentResolver().resolve(loaded.get(), d));
        if (d.hasErrors()) {
            throw new IllegalStateException("the corpus has errors: " + d.sorted().subList(0, 1));
        }
        return stage("render bodies", docs, () -> new ContentCompiler().assemble(resolved, content,
                ContentCompiler.statusDate(Optional.empty(), resolved, TIME), TIME, doc -> Optional.empty()));
    }

    private int render(org.compendium.core.render.OutputRenderer r, Compendium c, BuildRequest request, Path out,
                       Diagnostics d) throws IOException {
        r.render(c, request, new OutputFiles(out), d);
        if (d.hasErrors()) {
            throw new IllegalStateException(d.sorted().toString());
        }
        return 0;
    }

    /** Runs one stage, printing its line; {@code docs} −1 means the count is taken from the result. */
    private <T> T stage(String name, int docs, Callable<T> work) throws Exception {
        System.gc();
        heap.reset();
        long cpu = os.getProcessCpuTime();
        long start = System.nanoTime();
        T result = work.call();
        long wall = System.nanoTime() - start;
        long used = os.getProcessCpuTime() - cpu;
        int count = docs >= 0 ? docs : result instanceof Optional<?> o && o.orElse(null) instanceof LoadedContent l
                ? l.documents().size() : 0;
        System.out.printf(java.util.Locale.ROOT, "%s\t%.1f\t%d\t%.1f\t%d\t%d%n", name, wall / 1e6, count, used / 1e6,
                heap.peak(), heap.heapAfterGc());
        return result;
    }

    static long countFiles(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        }
    }

    static Set<OutputFormat> html() {
        return EnumSet.of(OutputFormat.HTML);
    }
}
