package org.compendium.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.preview.PreviewSession;

/**
 * The preview as an editor sees it: a running session (watcher, server), a policy saved, and the time
 * until its page on disk shows the edit — file event, debounce and incremental rebuild together.
 */
final class WatchRun {
    private WatchRun() {
    }

    static void run(Path content, Path templates, Path out, Instant time, String path, int edits)
            throws IOException, InterruptedException {
        BuildRequest request = BuildRequest.builder(content).outputDir(out).templatesDir(templates)
                .formats(StageRun.html()).timestamp(time).build();
        Path file = content.resolve(path);
        String id = file.getFileName().toString().replace(".md", "");
        Path page = out.resolve("policies/" + id + "/index.html");
        String original = Files.readString(file, StandardCharsets.UTF_8);
        List<Long> times = new ArrayList<>();
        try (PreviewSession session = PreviewSession.start(request, new PreviewSession.Options("127.0.0.1", 0,
                PreviewSession.Options.defaults().debounce()), out, line -> { })) {
            for (int i = 0; i < edits; i++) {
                String marker = "（保存第" + i + "次）";
                long start = System.nanoTime();
                Files.writeString(file, original.replaceFirst("。", "。" + marker), StandardCharsets.UTF_8);
                while (!Files.readString(page, StandardCharsets.UTF_8).contains(marker)) {
                    if (System.nanoTime() - start > Duration.ofSeconds(30).toNanos()) {
                        throw new IllegalStateException("the page was not rebuilt: " + page);
                    }
                    Thread.sleep(0, 200_000);
                }
                times.add(System.nanoTime() - start);
                Thread.sleep(100);
            }
        } finally {
            Files.writeString(file, original, StandardCharsets.UTF_8);
        }
        List<Long> sorted = times.stream().sorted().toList();
        System.out.printf(Locale.ROOT, "#watch\t%.1f\t%.1f\t%d\t%d%n", sorted.get(sorted.size() / 2) / 1e6,
                sorted.getLast() / 1e6, edits, PreviewSession.Options.defaults().debounce().toMillis());
    }
}
