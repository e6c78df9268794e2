package org.compendium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compendium.core.output.FileTrees;
import org.compendium.corpus.CorpusGenerator;

/**
 * The class data the measured JVMs start with, as the launcher {@code ./compendium} gives a build: on JDK
 * 25+ an AOT cache, recorded by one untimed build of a small corpus in every format (so the cache holds the
 * PDF and EPUB classes too), else a dynamic archive that the first measured JVM writes.
 */
final class ClassData {
    private ClassData() {
    }

    /** @return the options to add to {@code jvm} (java and options, without class path or main class) */
    static List<String> options(List<String> jvm, Path work, Path templates) throws IOException, InterruptedException {
        Files.createDirectories(work);
        if (Runtime.version().feature() < 25) {
            Path archive = work.resolve("compendium-bench.jsa");
            Files.deleteIfExists(archive);
            return List.of("-XX:SharedArchiveFile=" + archive, "-XX:+AutoCreateSharedArchive");
        }
        Path cache = work.resolve("compendium-bench.aot");
        Path config = work.resolve("compendium-bench.aotconf");
        Path corpus = work.resolve("aot-training");
        FileTrees.deleteTree(corpus);
        CorpusGenerator.generate(corpus, 40);
        run(jvm, List.of("-XX:+UnlockDiagnosticVMOptions", "-XX:-DisplayVMOutput", "-Xlog:aot=off",
                "-XX:AOTMode=record", "-XX:AOTConfiguration=" + config), "org.compendium.cli.Main", "build",
                "--content", corpus.toString(), "--output", work.resolve("aot-training-out").toString(),
                "--templates", templates.toString(), "--formats", "html,pdf,epub", "--rebuild");
        run(jvm, List.of("-Xlog:aot=off", "-XX:AOTMode=create", "-XX:AOTConfiguration=" + config,
                "-XX:AOTCache=" + cache), "org.compendium.cli.Main");
        Files.deleteIfExists(config);
        return List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off");
    }

    private static void run(List<String> jvm, List<String> options, String... main)
            throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(jvm);
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(main));
        Process p = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (p.waitFor() != 0) {
            throw new IOException("making the class-data cache failed (" + p.exitValue() + "): " + command);
        }
    }
}
