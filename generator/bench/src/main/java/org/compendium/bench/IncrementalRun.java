package org.compendium.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.preview.PreviewBuilder;
import org.compendium.core.preview.RebuildResult;

/**
 * The preview's incremental rebuild: a whole preview build, then {@code edits} edits of the text of one
 * policy, each followed by {@link PreviewBuilder#update}; prints the median and the worst time until the
 * page was on disk and until everything (feed, search index) was.
 */
final class IncrementalRun {
    private final Path content;
    private final PreviewBuilder builder;

    /**
     * Runs in a JVM of its own, with the preview's options. Arguments: content folder, templates folder, work
     * folder, number of edits.
     */
    public static void main(String[] args) throws Exception {
        Path content = Path.of(args[0]);
        Path templates = Path.of(args[1]);
        Path work = Path.of(args[2]);
        new IncrementalRun(content, templates, work.resolve("preview"), StageRun.TIME).run(Integer.parseInt(args[3]),
                templates, work.resolve("watched"), StageRun.TIME);
    }

    IncrementalRun(Path content, Path templates, Path out, Instant time) {
        this.content = content;
        this.builder = new PreviewBuilder(BuildRequest.builder(content).outputDir(out).templatesDir(templates)
                .formats(StageRun.html()).timestamp(time).build(), time);
    }

    void run(int edits, Path templates, Path watchOut, Instant time) throws IOException, InterruptedException {
        RebuildResult full = builder.build();
        if (!full.success()) {
            throw new IllegalStateException(full.diagnostics().toString());
        }
        String path = middlePolicy();
        Path file = content.resolve(path);
        String original = Files.readString(file, StandardCharsets.UTF_8);
        List<Long> pages = new ArrayList<>();
        List<Long> totals = new ArrayList<>();
        try {
            for (int i = 0; i < edits; i++) {
                Files.writeString(file, original.replaceFirst("。", "。（第" + i + "次修改）"), StandardCharsets.UTF_8);
                RebuildResult r = builder.update(Set.of(path), false);
                if (!r.success() || r.full()) {
                    throw new IllegalStateException("incremental rebuild failed: " + r.diagnostics());
                }
                pages.add(r.pagesNanos());
                totals.add(r.totalNanos());
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        System.out.printf(Locale.ROOT, "#incremental\t%s\t%.1f\t%.1f\t%.1f\t%.1f\t%d%n", path, median(pages) / 1e6,
                max(pages) / 1e6, median(totals) / 1e6, max(totals) / 1e6, edits);
        WatchRun.run(content, templates, watchOut, time, path, Math.min(edits, 15));
    }

    private String middlePolicy() throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("policies"))) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
            return content.relativize(all.get(all.size() / 2)).toString().replace('\\', '/');
        }
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static long max(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).max().orElse(0);
    }
}
