package org.compendium.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.output.FileTrees;
import org.compendium.core.render.OutputRenderer;
import org.compendium.core.render.html.SiteRenderer;
import org.compendium.core.testing.BuildMain;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A failing build (content error, template error, missing style sheet, a renderer failing with an I/O
 * error as on a full disk, an unexpected exception, an output folder that cannot be created, SIGKILL in the
 * middle of rendering) leaves the previous output byte-identical, and the next build removes the leftovers.
 */
class AtomicPublishTest {
    @TempDir
    Path tmp;
    private ContentFolder content;
    private Path output;
    private Map<String, String> before;

    @BeforeEach
    void publishPreviousOutput() {
        content = ContentFolder.create(tmp);
        output = tmp.resolve("site-output");
        BuildResult first = new CompendiumBuilder().build(content.request().build());
        assertTrue(first.published(), () -> first.diagnostics().toString());
        before = TreeDigest.of(output);
    }

    private void assertPreviousOutputIntact(BuildResult result) throws IOException {
        assertFalse(result.success(), "the build must fail");
        assertFalse(result.published());
        assertEquals(before, TreeDigest.of(output), "previous output changed");
        assertEquals(List.of(".site-output.lock", "content", "site-output"), siblingsBesidesTheSpare(),
                "leftovers beside the output");
    }

    /** The folders beside the output but the spare (a failed build's staging folder may be kept as the spare). */
    private List<String> siblingsBesidesTheSpare() throws IOException {
        return siblings().stream().filter(f -> !f.equals(".site-output.spare")).toList();
    }

    private List<String> siblings() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theReplacedOutputIsTheNextStagingFolderWhichWritesOnlyChangedFilesAndRemovesTheRest() throws IOException {
        BuildRequest request = content.request().build();
        assertTrue(new CompendiumBuilder().build(request).published());
        Path spare = tmp.resolve(".site-output.spare");
        assertEquals(before, TreeDigest.of(spare), "the first output became the spare");
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(spare.resolve("static/site.css"), old);
        Files.writeString(Files.createDirectories(spare.resolve("stale")).resolve("index.html"), "stale");
        Files.writeString(Files.createDirectories(spare.resolve("downloads")).resolve("compendium-1999.pdf"), "%PDF");
        Files.writeString(spare.resolve("robots.txt"), "changed since");
        content.write("policies/2023/p-new.md", ContentFolder.samplePolicy("p-new", "新增政策", 1));

        assertTrue(new CompendiumBuilder().build(request).published());

        assertEquals(List.of(".site-output.lock", ".site-output.spare", "content", "site-output"), siblings());
        assertEquals(old, Files.getLastModifiedTime(output.resolve("static/site.css")), "an unchanged file is not rewritten");
        assertFalse(Files.exists(output.resolve("stale")), "what the build did not write is removed");
        assertFalse(Files.exists(output.resolve("downloads")), "a stale book is neither kept nor linked");
        assertFalse(Files.readString(output.resolve("index.html")).contains("compendium-1999"));
        Path fresh = tmp.resolve("fresh");
        assertTrue(new CompendiumBuilder().build(content.request().outputDir(fresh).build()).published());
        assertEquals(TreeDigest.of(fresh), TreeDigest.of(output), "the same files as a build from scratch");
    }

    @Test
    void contentError() throws IOException {
        content.write("policies/2023/bad.md", "---\nid: bad\ntitle: 坏\nissuer: 局\nissued: 2023-02-30\n---\n正文\n");
        assertPreviousOutputIntact(new CompendiumBuilder().build(content.request().build()));
    }

    @Test
    void templateError() throws IOException {
        Path templates = tmp.resolve("templates");
        ContentFolder.copyTree(content.request().build().templatesDir(), templates);
        Files.writeString(templates.resolve("site/policy.ftlh"), "<#if>broken");
        BuildResult result = new CompendiumBuilder().build(content.request().templatesDir(templates).build());
        FileTrees.deleteTree(templates);
        assertPreviousOutputIntact(result);
    }

    @Test
    void missingPrintStyleSheet() throws IOException {
        Path templates = tmp.resolve("templates");
        ContentFolder.copyTree(content.request().build().templatesDir(), templates);
        Files.delete(templates.resolve("pdf/print.css"));
        content.write("summaries/2023.md", "---\nyear: 2023\ntitle: 2023年度综述\n---\n综述。\n");
        BuildResult result = new CompendiumBuilder().build(content.request().templatesDir(templates)
                .formats(EnumSet.allOf(OutputFormat.class)).build());
        FileTrees.deleteTree(templates);
        assertPreviousOutputIntact(result);
    }

    @Test
    void aSpareThatIsASymbolicLinkIsNeitherWrittenThroughNorEmptied() throws IOException {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Files.writeString(elsewhere.resolve("keep.txt"), "不能删除");
        Files.createSymbolicLink(tmp.resolve(".site-output.spare"), elsewhere);
        assertTrue(new CompendiumBuilder().build(content.request().build()).published());
        assertEquals(List.of("keep.txt"), List.of(elsewhere.toFile().list()));
        assertEquals(before, TreeDigest.of(output));
        assertTrue(Files.isDirectory(tmp.resolve(".site-output.spare"), java.nio.file.LinkOption.NOFOLLOW_LINKS));
    }

    @Test
    void diskFullInTheMiddleOfRendering() throws IOException {
        OutputRenderer full = (compendium, request, out, diagnostics) -> {
            out.write(out.root().resolve("half-written.html"), "<html>");
            throw new IOException("No space left on device");
        };
        assertPreviousOutputIntact(builder(full).build(bothFormats()));
    }

    @Test
    void unexpectedExceptionInARenderer() throws IOException {
        OutputRenderer broken = (compendium, request, out, diagnostics) -> {
            throw new IllegalStateException("font file is truncated");
        };
        BuildResult result = builder(broken).build(bothFormats());
        assertTrue(result.diagnostics().get(0).message().startsWith(CompendiumBuilder.INTERNAL_ERROR), result.toString());
        assertPreviousOutputIntact(result);
    }

    @Test
    void runningOutOfMemoryIsADiagnosticNamingTheHeapToGive() throws IOException {
        OutputRenderer hungry = (compendium, request, out, diagnostics) -> {
            out.write(out.root().resolve("half-written.html"), "<html>");
            throw new OutOfMemoryError("Java heap space");
        };
        BuildResult result = builder(hungry).build(bothFormats());
        assertEquals(1, result.diagnostics().size(), result.toString());
        String message = result.diagnostics().get(0).message();
        assertTrue(message.startsWith("out of memory [Java heap space; heap limit ") && message.contains("-Xmx2g"),
                message);
        assertPreviousOutputIntact(result);
    }

    @Test
    void outputFolderCannotBeCreated() throws IOException {
        Path notADirectory = Files.writeString(tmp.resolve("a-file"), "");
        BuildResult result = new CompendiumBuilder().build(content.request().outputDir(notADirectory.resolve("out")).build());
        assertFalse(result.success());
        assertTrue(result.diagnostics().get(0).message().startsWith("cannot write the output folder"), result.toString());
        Files.delete(notADirectory);
        assertPreviousOutputIntact(result);
    }

    private BuildRequest bothFormats() {
        return content.request().formats(EnumSet.of(OutputFormat.PDF, OutputFormat.HTML)).build();
    }

    private static CompendiumBuilder builder(OutputRenderer failing) {
        Map<OutputFormat, OutputRenderer> renderers = new LinkedHashMap<>();
        renderers.put(OutputFormat.PDF, failing);
        renderers.put(OutputFormat.HTML, new SiteRenderer());
        return new CompendiumBuilder(renderers, Map.of());
    }

    @Test
    void sigkillWhileRenderingLeavesTheOutputAndTheNextBuildCleansUp() throws Exception {
        for (int i = 0; i < 300; i++) {
            content.write("policies/2022/p-" + i + ".md", ContentFolder.samplePolicy("p-" + i, "示例政策第" + i + "号", i));
        }
        content.write("summaries/2022.md", "---\nyear: 2022\ntitle: 2022年度综述\n---\n综述。\n");
        BuildRequest request = content.request().build();
        Process child = BuildMain.command(content.root().toString(), output.toString(),
                request.templatesDir().toString(), "pdf,epub,html").start();
        Path staging = waitForStagingFiles(child);
        child.destroyForcibly();
        assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        assertEquals(137, child.exitValue(), "killed by SIGKILL");
        assertTrue(Files.exists(staging), "the killed build left its staging folder " + staging);
        assertEquals(before, TreeDigest.of(output), "previous output changed");

        content.write("policies/2022/bad.md", "---\nid: bad\n---\n");
        assertFalse(new CompendiumBuilder().build(request).published(), "a failing build publishes nothing");
        assertTrue(Files.exists(staging), "a check that fails before publishing touches nothing");
        Files.delete(content.root().resolve("policies/2022/bad.md"));
        BuildResult next = new CompendiumBuilder().build(request);
        assertTrue(next.published(), next.diagnostics().toString());
        assertEquals(List.of(".site-output.lock", ".site-output.spare", "content", "site-output"), siblings(),
                "the next build removed the leftovers (the replaced output is the spare)");
        assertTrue(Files.exists(output.resolve("policies/p-299/index.html")));
    }

    /** Waits until the child has written files into its staging folder (it is rendering), returning the folder. */
    private Path waitForStagingFiles(Process child) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            assertTrue(child.isAlive(), () -> "the child build ended early: " + output(child));
            try (Stream<Path> files = Files.list(tmp)) {
                for (Path dir : files.filter(f -> f.getFileName().toString().startsWith(".site-output.staging-")).toList()) {
                    if (countFiles(dir) > 0) {
                        return dir;
                    }
                }
            }
            Thread.sleep(5);
        }
        throw new AssertionError("the child build never started rendering");
    }

    private static long countFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).count();
        } catch (IOException | java.io.UncheckedIOException e) {
            return 0;
        }
    }

    private static String output(Process child) {
        try {
            return new String(child.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
