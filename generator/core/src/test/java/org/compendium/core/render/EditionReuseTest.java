package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit typesets only the editions whose books it changes; the others are copied from the last build, and
 * the output is byte for byte what a full build into an empty folder writes.
 */
class EditionReuseTest {
    private static final Instant TIME = Instant.parse("2025-06-30T08:00:00Z");
    @TempDir
    Path dir;
    private Path content;
    private Path templates;
    private Path out;

    @BeforeEach
    void firstBuild() {
        content = dir.resolve("content");
        templates = dir.resolve("templates");
        out = dir.resolve("site-output");
        ContentFolder.copyTree(ContentFolder.PROJECT.resolve("content"), content);
        ContentFolder.copyTree(ContentFolder.TEMPLATES, templates);
        List<String> first = build(out);
        assertTrue(first.contains("pdf 3 editions, 3 changed"), first::toString);
    }

    @Test
    void editingA2024PolicyRebuildsOnlyThe2024Edition() throws IOException {
        edit(content.resolve("policies/2024/sl-kj-2024-06.md"));
        List<String> lines = build(out);
        assertTrue(lines.contains("pdf 3 editions, 1 rebuilt, 2 unchanged"), lines::toString);
        assertTrue(lines.contains("epub 3 editions, 1 rebuilt, 2 unchanged"), lines::toString);
        assertSameAsFullBuild();
        assertTrue(pdfText("2024").contains("（本句为测试修改）"), "the edit is in the 2024 PDF");
    }

    @Test
    void editingAPolicyInForceInEveryEditionRebuildsThemAll() throws IOException {
        edit(content.resolve("policies/2022/sl-kj-2022-03.md"));
        List<String> lines = build(out);
        assertTrue(lines.contains("pdf 3 editions, 3 changed"), lines::toString);
        assertSameAsFullBuild();
    }

    @Test
    void aPrintStyleSheetChangeRebuildsEveryPdfButNoEpub() throws IOException {
        Path css = templates.resolve("pdf/print.css");
        Files.writeString(css, Files.readString(css) + "\n/* edited */\n");
        List<String> lines = build(out);
        assertTrue(lines.contains("pdf 3 editions, 3 changed"), lines::toString);
        assertTrue(lines.contains("epub 3 editions, 0 rebuilt, 3 unchanged"), lines::toString);
        assertSameAsFullBuild();
    }

    @Test
    void aPreviousBookWhoseBytesChangedIsNotReused() throws IOException {
        Path pdf = out.resolve("downloads/compendium-2022.pdf");
        byte[] bytes = Files.readAllBytes(pdf);
        bytes[bytes.length / 2] ^= 1;
        Files.write(pdf, bytes);
        edit(content.resolve("policies/2024/sl-kj-2024-06.md"));
        List<String> lines = build(out);
        assertTrue(lines.contains("pdf 3 editions, 2 rebuilt, 1 unchanged"), lines::toString);
        assertSameAsFullBuild();
    }

    private void assertSameAsFullBuild() {
        Path full = dir.resolve("full-build");
        build(full);
        Map<String, String> expected = TreeDigest.of(full);
        Map<String, String> actual = TreeDigest.of(out);
        Set<String> differing = expected.keySet().stream().filter(f -> !expected.get(f).equals(actual.get(f)))
                .collect(Collectors.toCollection(java.util.TreeSet::new));
        assertEquals(Set.of(), differing, "files that differ from a full build");
        assertEquals(expected.keySet(), actual.keySet());
    }

    private static void edit(Path policy) throws IOException {
        String text = Files.readString(policy);
        int last = text.lastIndexOf('。');
        Files.writeString(policy, text.substring(0, last) + "（本句为测试修改）" + text.substring(last));
    }

    /** Builds every format; the progress lines with their times and runs of spaces removed. */
    private List<String> build(Path output) {
        List<String> lines = new ArrayList<>();
        BuildRequest request = BuildRequest.builder(content).outputDir(output).templatesDir(templates)
                .timestamp(TIME).build();
        BuildResult result = new CompendiumBuilder().build(request, line -> lines.add(
                line.replaceAll("\\s+[0-9.]+ s$", "").replaceAll("\\s+", " ").strip()));
        assertTrue(result.success(), result.diagnostics()::toString);
        return lines;
    }

    private String pdfText(String year) {
        return PdfTools.squeezed(String.join("", PdfTools.pages(out.resolve("downloads/compendium-" + year + ".pdf"))));
    }
}
