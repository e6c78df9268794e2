package org.compendium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.corpus.CorpusGenerator;

/**
 * The benchmark: for corpora of N policies (default 200, 2,000 and 20,000), generated with the Java port
 * of the shared corpus generator, runs every pipeline stage in a fresh JVM and prints per stage the wall
 * time, documents per second, CPU use (cores busy) and heap; PDF and EPUB only up to 2,000 policies;
 * 20,000 with {@code -Xmx1g} and one run. Then the whole process ({@code compendium build --formats html}) and the
 * preview's incremental rebuild after editing one policy. Each measurement is the median of the runs.
 *
 * <pre>java -jar generator/bench/target/compendium-bench.jar [--sizes 200,2000,20000] [--runs 3]
 *     [--work target/bench] [--templates templates] [--edits 30] [--corpus-script gen_corpus.py]</pre>
 */
public final class Benchmark {
    private final Map<String, String> options;

    private Benchmark(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("--sizes", "200,2000,20000", "--runs", "3",
                "--work", "target/bench", "--templates", "templates", "--edits", "30", "--jvm-options",
                "generator/cli/jvm.options"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i], args[i + 1]);
        }
        new Benchmark(options).run();
    }

    private void run() throws Exception {
        Path work = Path.of(options.get("--work")).toAbsolutePath();
        List<String> jvmOptions = jvmOptions(work);
        System.out.printf(Locale.ROOT, "compendium benchmark — %s, %d cores, Java %s, %s%nJVM options: %s%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(), Runtime.version(),
                System.getProperty("os.name"), jvmOptions);
        for (String size : options.get("--sizes").split(",")) {
            int n = Integer.parseInt(size.strip());
            Path corpus = corpus(work, n);
            int runs = n >= 20_000 ? 1 : Integer.parseInt(options.get("--runs"));
            new SizeReport(n, corpus, Path.of(options.get("--templates")).toAbsolutePath(), work.resolve("run-" + n),
                    runs, n <= 2000 ? Integer.parseInt(options.get("--edits")) : 0, jvmOptions).run();
        }
    }

    /**
     * The options every measured JVM runs with: those of the command line's launcher ({@code --jvm-options},
     * {@code none} for the JVM's defaults) and class data made afresh as the launcher makes it.
     */
    private List<String> jvmOptions(Path work) throws IOException, InterruptedException {
        String file = options.get("--jvm-options");
        if (file.equals("none")) {
            return List.of();
        }
        List<String> out = new ArrayList<>(Files.readAllLines(Path.of(file)).stream().map(String::strip)
                .filter(l -> !l.isEmpty() && !l.startsWith("#")).toList());
        List<String> jvm = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java")));
        jvm.addAll(out);
        out.addAll(ClassData.options(jvm, work, Path.of(options.get("--templates")).toAbsolutePath()));
        return out;
    }

    private Path corpus(Path work, int n) throws IOException, InterruptedException {
        Path dir = work.resolve("corpus-" + n);
        if (Files.isRegularFile(dir.resolve("compendium.yaml"))) {
            return dir;
        }
        String script = options.get("--corpus-script");
        if (script != null) {
            List<String> command = new ArrayList<>(Arrays.asList("python3", script, dir.toString(), "--policies",
                    Integer.toString(n)));
            if (new ProcessBuilder(command).inheritIO().start().waitFor() != 0) {
                throw new IOException("corpus script failed: " + command);
            }
        } else {
            CorpusGenerator.generate(dir, n);
        }
        System.out.printf(Locale.ROOT, "generated corpus-%d: %d files, %.1f MB%n", n, StageRun.countFiles(dir),
                size(dir) / 1e6);
        return dir;
    }

    static long size(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).mapToLong(f -> f.toFile().length()).sum();
        }
    }
}
