package org.compendium.core.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;

/** Builds the repository's demo content (content/) to PDF once per test class. */
final class DemoEditions {
    static final Path REPO = ContentFolder.PROJECT;
    static final Instant TIME = Instant.parse("2025-06-30T08:00:00Z");

    private DemoEditions() {
    }

    static BuildRequest request(Path content, Path out) {
        return BuildRequest.builder(content).outputDir(out).templatesDir(REPO.resolve("templates"))
                .formats(EnumSet.of(OutputFormat.PDF)).timestamp(TIME).build();
    }

    static BuildResult build(Path out) {
        return new CompendiumBuilder().build(request(REPO.resolve("content"), out));
    }

    static List<Path> pdfs(Path out) {
        try (var files = Files.list(out.resolve("downloads"))) {
            return files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
