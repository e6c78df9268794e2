package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.testing.Corpus;

/**
 * A content folder built into a site once per test run: the project's demo {@code content/} and, when the
 * environment variable {@code COMPENDIUM_CORPUS} (or system property {@code compendium.corpus}) names one,
 * a generated corpus such as the shared 200-policy one.
 */
public record BuiltSite(String name, Path content, Path site) {
    private static final Map<String, BuiltSite> BUILT = new ConcurrentHashMap<>();

    public static Path projectRoot() {
        return Path.of(System.getProperty("compendium.root", "../..")).toAbsolutePath().normalize();
    }

    static Path workDir() {
        return Path.of(System.getProperty("compendium.work", "target")).toAbsolutePath();
    }

    public static BuiltSite demo() {
        return build("demo", projectRoot().resolve("content"));
    }

    /** The demo site, and the corpus site when one is configured. */
    public static Stream<BuiltSite> all() {
        return Stream.concat(Stream.of(demo()), corpus().stream());
    }

    public static Optional<BuiltSite> corpus() {
        return Corpus.folder().map(dir -> build("corpus", dir));
    }

    private static BuiltSite build(String name, Path content) {
        return BUILT.computeIfAbsent(name, n -> {
            Path out = workDir().resolve("site-" + n);
            BuildRequest request = BuildRequest.builder(content).outputDir(out)
                    .templatesDir(projectRoot().resolve("templates"))
                    .timestamp(Instant.parse("2025-07-01T00:00:00Z")).build();
            BuildResult result = new CompendiumBuilder().build(request);
            assertTrue(result.success(), () -> "build of " + content + " failed: " + result.diagnostics());
            return new BuiltSite(n, content, out);
        });
    }

    /** Every file of the site with the given extension, relative to the site root, sorted. */
    public List<Path> files(String extension) {
        try (Stream<Path> walk = Files.walk(site)) {
            return walk.filter(f -> f.toString().endsWith(extension)).map(site::relativize).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
