package org.compendium.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder the build must not replace (the content, a folder holding it, a folder inside it, a
 * folder of the user's files, a folder another build is writing) is refused with a clear error before
 * anything moves; with {@code --force} a folder of foreign files is replaced.
 */
class OutputSafetyTest {
    @TempDir
    Path tmp;
    private ContentFolder content;
    private Map<String, String> sources;

    @BeforeEach
    void content() {
        content = ContentFolder.create(tmp);
        sources = TreeDigest.of(content.root());
    }

    private BuildResult build(Path output) {
        return new CompendiumBuilder().build(content.request().outputDir(output).build());
    }

    private void assertRefused(BuildResult result, String expected) {
        assertFalse(result.success());
        assertFalse(result.published());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError() && d.message().contains(expected)),
                () -> "expected an error containing [" + expected + "]: " + content.printed(result));
        assertEquals(sources, TreeDigest.of(content.root()), "the content changed");
    }

    private List<String> siblingsOfContent() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(f -> f.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void theContentFolderItselfIsRefusedAndNothingMoves() throws IOException {
        BuildResult result = build(content.root());
        assertRefused(result, "output folder is the content folder");
        assertEquals(List.of("content"), siblingsOfContent(), "no spare, staging or lock beside the content");
        assertEquals(List.of("content: error: output folder is the content folder [" + content.root()
                + "]; expected a folder apart from " + content.root().toRealPath()
                + ": the build replaces its output as a whole and would delete it"), content.printed(result));
    }

    @Test
    void aFolderHoldingTheContentIsRefused() throws IOException {
        assertRefused(build(tmp), "output folder contains the content folder");
        assertRefused(build(tmp.resolve("content/..")), "output folder contains the content folder");
        assertEquals(List.of("content"), siblingsOfContent());
    }

    @Test
    void aFolderInsideTheContentIsRefused() {
        assertRefused(build(content.root().resolve("assets/site")), "output folder lies inside the content folder");
        assertFalse(Files.exists(content.root().resolve("assets/site")));
    }

    @Test
    void theTemplatesFolderIsRefusedToo() throws IOException {
        Path templates = tmp.resolve("templates");
        ContentFolder.copyTree(ContentFolder.TEMPLATES, templates);
        Map<String, String> before = TreeDigest.of(templates);
        BuildResult result = new CompendiumBuilder().build(content.request().templatesDir(templates)
                .outputDir(templates.resolve("site")).build());
        assertRefused(result, "output folder lies inside the templates folder");
        assertEquals(before, TreeDigest.of(templates));
    }

    @Test
    void aSymbolicLinkToTheContentIsSeenThrough() throws IOException {
        Path link = Files.createSymbolicLink(tmp.resolve("out"), content.root());
        assertRefused(build(link), "output folder is the content folder");
        assertTrue(Files.isSymbolicLink(link));
        Path parentLink = Files.createSymbolicLink(tmp.resolve("up"), tmp);
        assertRefused(build(parentLink.resolve("content/x")), "lies inside the content folder");
    }

    @Test
    void aFolderOfTheUsersFilesIsRefusedUnlessForced() throws IOException {
        Path docs = Files.createDirectories(tmp.resolve("docs/notes"));
        Files.writeString(docs.resolve("草稿.txt"), "用户的文件");
        Files.writeString(tmp.resolve("docs/readme.md"), "readme");
        Map<String, String> before = TreeDigest.of(tmp.resolve("docs"));

        BuildResult result = build(tmp.resolve("docs"));
        assertRefused(result, "output folder holds 2 files that no build wrote [notes/草稿.txt, readme.md]");
        assertEquals(before, TreeDigest.of(tmp.resolve("docs")), "the user's files are untouched");
        assertEquals(List.of(".docs.lock", "content", "docs"), siblingsOfContent(), "no spare, no staging");

        BuildResult forced = new CompendiumBuilder().build(content.request().outputDir(tmp.resolve("docs"))
                .force(true).build());
        assertTrue(forced.published(), () -> content.printed(forced).toString());
        assertTrue(Files.exists(tmp.resolve("docs/index.html")));
        assertFalse(Files.exists(tmp.resolve("docs/readme.md")));
    }

    @Test
    void aFileDroppedIntoThePublishedOutputStopsTheNextBuild() throws IOException {
        Path output = tmp.resolve("site-output");
        assertTrue(build(output).published());
        assertTrue(build(output).published(), "a build replaces its own output");
        Files.writeString(output.resolve("CNAME"), "policy.example.gov.cn");
        Map<String, String> before = TreeDigest.of(output);

        assertRefused(build(output), "output folder holds 1 file that the last build did not write [CNAME]");
        assertEquals(before, TreeDigest.of(output));
    }

    @Test
    void anEmptyFolderAndAnOutputOfAnEarlierVersionAreReplaced() throws IOException {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        assertTrue(build(empty).published());
        Path output = tmp.resolve("site-output");
        assertTrue(build(output).published());
        assertTrue(build(output).published());
        Files.delete(output.resolve(OutputManifest.NAME)); // as an older version left it, beside its spare
        assertTrue(build(output).published());
        assertTrue(Files.exists(output.resolve(OutputManifest.NAME)));
        Path once = tmp.resolve("built-once"); // an earlier version's first build: no spare yet
        assertTrue(build(once).published());
        Files.delete(once.resolve(OutputManifest.NAME));
        assertTrue(build(once).published());
    }

    @Test
    void aFileAsOutputIsRefused() throws IOException {
        Path file = Files.writeString(tmp.resolve("out.html"), "<p>mine</p>");
        assertRefused(build(file), "output folder is a file");
        assertEquals("<p>mine</p>", Files.readString(file));
    }

    @Test
    void aSecondBuildIntoTheSameFolderIsRefusedWhileTheFirstHoldsItsLock() throws Exception {
        Path output = tmp.resolve("site-output");
        assertTrue(build(output).published());
        Map<String, String> before = TreeDigest.of(output);
        Process holder = LockHolder.start(output);
        try {
            BuildResult second = build(output);
            assertRefused(second, "output folder is being built by process " + holder.pid() + " [" + output
                    + "]; expected one build at a time");
            assertEquals(before, TreeDigest.of(output));
        } finally {
            holder.destroyForcibly();
            assertTrue(holder.waitFor(30, TimeUnit.SECONDS));
        }
        assertTrue(build(output).published(), "the lock of a killed build is stale and taken over");
    }

    @Test
    void twoBuildsInOneProcessDoNotShareAFolder() throws IOException {
        Path output = tmp.resolve("site-output").toAbsolutePath();
        try (OutputLock held = OutputLock.acquire(output)) {
            assertRefused(build(output), "output folder is being built by process " + ProcessHandle.current().pid());
        }
        assertTrue(build(output).published());
    }

    /** A child JVM holding an output's lock until it is killed, as a build in progress does. */
    public static final class LockHolder {
        public static void main(String[] args) throws Exception {
            OutputLock lock = OutputLock.acquire(Path.of(args[0]).toAbsolutePath().normalize());
            System.out.println("locked");
            System.out.flush();
            Thread.sleep(TimeUnit.MINUTES.toMillis(5));
            lock.close();
        }

        static Process start(Path output) throws IOException {
            Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), LockHolder.class.getName(), output.toString())
                    .redirectErrorStream(true).start();
            BufferedReader lines = new BufferedReader(new InputStreamReader(child.getInputStream(),
                    StandardCharsets.UTF_8));
            String line = lines.readLine();
            assertEquals("locked", line, "the lock holder did not start");
            return child;
        }
    }

    @Test
    void hardLinkedSnapshotsOfTheOutputKeepTheirBytes() throws IOException {
        Path output = tmp.resolve("site-output");
        BuildRequest.Builder request = content.request().outputDir(output);
        assertTrue(new CompendiumBuilder().build(request.build()).published());
        Path deploy = tmp.resolve("deploy");
        linkTree(output, deploy); // cp -al site-output deploy
        Map<String, String> deployed = TreeDigest.of(deploy);
        for (int i = 0; i < 3; i++) { // the third build writes into the first's folder, now the spare
            content.write("policies/2023/p-new.md", ContentFolder.samplePolicy("p-new", "新增政策" + i, i));
            assertTrue(new CompendiumBuilder().build(request.build()).published());
        }
        assertEquals(deployed, TreeDigest.of(deploy), "a file of the snapshot was written in place");
    }

    private static void linkTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.createLink(target, file);
                }
            }
        }
    }
}
