package org.compendium.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Runs and prints the benchmark of one corpus size: stages, whole process, incremental rebuild. */
final class SizeReport {
    /** What ./compendium adds to generator/cli/jvm.options for {@code serve}: the full JIT, the default collector. */
    static final List<String> PREVIEW_OPTIONS = List.of("-XX:TieredStopAtLevel=4", "-XX:-UseParallelGC");
    private final int policies;
    private final Path corpus;
    private final Path templates;
    private final Path work;
    private final int runs;
    private final int edits;
    private final List<String> jvm = new ArrayList<>();
    private final List<String> previewJvm = new ArrayList<>();

    SizeReport(int policies, Path corpus, Path templates, Path work, int runs, int edits, List<String> jvmOptions) {
        this.policies = policies;
        this.corpus = corpus;
        this.templates = templates;
        this.work = work;
        this.runs = runs;
        this.edits = edits;
        jvm.add(ProcessHandle.current().info().command().orElse("java"));
        jvm.addAll(jvmOptions);
        if (policies >= 20_000) {
            jvm.add("-Xmx1g");
        }
        previewJvm.addAll(jvm);
        // The preview is a long-lived process: as for the launcher's serve command, batch tuning is undone.
        previewJvm.addAll(PREVIEW_OPTIONS);
        for (List<String> command : List.of(jvm, previewJvm)) {
            command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        }
    }

    void run() throws IOException, InterruptedException {
        String formats = policies <= 2000 ? "html,pdf,epub" : "html";
        Map<String, List<String[]>> stages = new LinkedHashMap<>();
        List<String[]> incremental = new ArrayList<>();
        List<String[]> watched = new ArrayList<>();
        String files = "";
        String[] pdf = null;
        for (int r = 0; r < runs; r++) {
            List<String> command = new ArrayList<>(jvm);
            command.addAll(List.of(StageRun.class.getName(), corpus.toString(), templates.toString(), work.toString(),
                    r == 0 ? formats : "html"));
            List<String> output = new ArrayList<>(lines(command));
            if (r == 0 && edits > 0) {
                List<String> preview = new ArrayList<>(previewJvm);
                preview.addAll(List.of(IncrementalRun.class.getName(), corpus.toString(), templates.toString(),
                        work.toString(), Integer.toString(edits)));
                output.addAll(lines(preview));
            }
            for (String line : output) {
                String[] f = line.split("\t");
                switch (f[0]) {
                    case "#files" -> files = f[1];
                    case "#pdf" -> pdf = f;
                    case "#incremental" -> incremental.add(f);
                    case "#watch" -> watched.add(f);
                    default -> stages.computeIfAbsent(f[0], k -> new ArrayList<>()).add(f);
                }
            }
        }
        print(stages, files);
        if (pdf != null && stages.containsKey("pdf")) {
            double seconds = median(stages.get("pdf"), 1) / 1000;
            System.out.printf(Locale.ROOT, "  PDF: %s editions, %s pages, %.1f MB: %.0f pages/s%n", pdf[1], pdf[2],
                    Long.parseLong(pdf[3]) / 1e6, Long.parseLong(pdf[2]) / seconds);
        }
        wholeProcess();
        incremental.forEach(f -> System.out.printf(Locale.ROOT, "  incremental rebuild after editing %s (%s edits): "
                + "page on disk median %s ms (worst %s), everything median %s ms (worst %s)%n", f[1], f[6], f[2], f[3],
                f[4], f[5]));
        watched.forEach(f -> System.out.printf(Locale.ROOT, "  preview, file saved → page on disk (watcher, %s ms "
                + "debounce, rebuild; %s saves): median %s ms (worst %s)%n", f[4], f[3], f[1], f[2]));
    }

    private void print(Map<String, List<String[]>> stages, String files) {
        System.out.printf(Locale.ROOT, "%n%,d policies%s — median of %d run(s) (PDF and EPUB: first run only); "
                + "%s files written%n", policies, policies >= 20_000 ? " (-Xmx1g)" : "", runs, files);
        System.out.printf(Locale.ROOT, "  %-14s %10s %10s %8s %12s %12s%n", "stage", "wall ms", "docs/s", "cores",
                "peak heap MB", "after GC MB");
        stages.forEach((stage, rows) -> {
            double wall = median(rows, 1);
            double cpu = median(rows, 3);
            double docs = Double.parseDouble(rows.get(0)[2]);
            System.out.printf(Locale.ROOT, "  %-14s %10.0f %10.0f %8.2f %12.0f %12.0f%n", stage, wall,
                    docs / (wall / 1000), cpu / wall, median(rows, 4) / 1e6, median(rows, 5) / 1e6);
        });
    }

    /** {@code compendium build --formats html} as a user runs it: a new JVM, wall time of the whole process. */
    private void wholeProcess() throws IOException, InterruptedException {
        List<Double> times = new ArrayList<>();
        for (int r = 0; r < runs; r++) {
            List<String> command = new ArrayList<>(jvm);
            command.addAll(List.of("org.compendium.cli.Main", "build", "--content", corpus.toString(), "--output",
                    work.resolve("whole").toString(), "--templates", templates.toString(), "--formats", "html", "--rebuild"));
            long start = System.nanoTime();
            lines(command);
            times.add((System.nanoTime() - start) / 1e6);
        }
        times.sort(Double::compare);
        System.out.printf(Locale.ROOT, "  whole process, HTML site + search index: %.0f ms (median; runs: %s)%n",
                times.get(times.size() / 2), times.stream().map(t -> String.format(Locale.ROOT, "%.0f", t)).toList());
    }

    private static List<String> lines(List<String> command) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            r.lines().forEach(out::add);
        }
        if (p.waitFor() != 0) {
            throw new IOException("benchmark step failed (" + p.exitValue() + "): " + String.join(" ", command));
        }
        return out;
    }

    private static double median(List<String[]> rows, int column) {
        List<Double> values = rows.stream().map(r -> Double.parseDouble(r[column])).sorted().toList();
        return values.get(values.size() / 2);
    }
}
