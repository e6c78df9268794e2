package org.compendium.core.render.epub;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.parser.Parser;

/** Builds EPUBs of a content folder with the repository's templates, and reads them back. */
final class EpubFixture {
    static final Path DEMO = ContentFolder.PROJECT.resolve("content");
    static final Path TEMPLATES = ContentFolder.TEMPLATES;
    static final Instant TIME = Instant.parse("2025-06-30T08:00:00Z");

    private EpubFixture() {
    }

    static BuildResult build(Path content, Path out, Path templates, List<Integer> editions) {
        BuildRequest request = BuildRequest.builder(content).outputDir(out).templatesDir(templates)
                .formats(EnumSet.of(OutputFormat.EPUB)).editions(editions).timestamp(TIME).build();
        return new CompendiumBuilder(Map.of(OutputFormat.EPUB, new EpubRenderer()), Map.of()).build(request);
    }

    /** The EPUB files of an output folder, sorted by name. */
    static List<Path> epubs(Path out) {
        try (Stream<Path> files = Files.list(out.resolve("downloads"))) {
            return files.filter(f -> f.toString().endsWith(".epub")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An EPUB's entries in zip order, with each entry's compression method. */
    record Book(Map<String, byte[]> entries, Map<String, Integer> methods) {

        static Book read(Path epub) {
            Map<String, byte[]> entries = new LinkedHashMap<>();
            Map<String, Integer> methods = new LinkedHashMap<>();
            try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(epub))) {
                for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                    entries.put(e.getName(), zip.readAllBytes());
                    methods.put(e.getName(), e.getMethod());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return new Book(entries, methods);
        }

        List<String> names() {
            return new ArrayList<>(entries.keySet());
        }

        String text(String name) {
            byte[] data = entries.get(name);
            if (data == null) {
                throw new AssertionError("no entry " + name + " in " + names());
            }
            return new String(data, StandardCharsets.UTF_8);
        }

        org.jsoup.nodes.Document xml(String name) {
            return Jsoup.parse(text(name), "", Parser.xmlParser());
        }
    }
}
