package org.compendium.core.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * The optional external corpus the corpus tests run on: system property {@code compendium.corpus} or
 * environment variable {@code COMPENDIUM_CORPUS} (set by .ci/run to the shared 200-policy corpus).
 */
public final class Corpus {

    private Corpus() {
    }

    public static Optional<Path> folder() {
        String dir = System.getProperty("compendium.corpus", "");
        if (dir.isBlank()) {
            dir = Optional.ofNullable(System.getenv("COMPENDIUM_CORPUS")).orElse("");
        }
        return dir.isBlank() || !Files.isDirectory(Path.of(dir)) ? Optional.empty() : Optional.of(Path.of(dir));
    }
}
