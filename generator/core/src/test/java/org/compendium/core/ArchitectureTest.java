package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The core must stay usable without Maven and without global mutable state. */
class ArchitectureTest {
    private static final Path SOURCES = Path.of(System.getProperty("basedir", "."), "src/main/java");

    private static List<String> filesContaining(String needle) throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).filter(f -> {
                try {
                    return Files.readString(f).contains(needle);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).map(f -> SOURCES.relativize(f).toString()).sorted().toList();
        }
    }

    @Test
    void coreHasNoMavenImports() throws IOException {
        assertEquals(List.of(), filesContaining("import org.apache.maven"));
    }

    @Test
    void coreNeverChangesTheDefaultLocaleOrTimeZone() throws IOException {
        assertEquals(List.of(), filesContaining("Locale.setDefault"));
        assertEquals(List.of(), filesContaining("TimeZone.setDefault"));
    }
}
