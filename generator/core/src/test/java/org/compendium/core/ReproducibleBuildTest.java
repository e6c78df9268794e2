package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.testing.BuildMain;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two builds of the demo content give byte-identical trees (HTML, feed, sitemap, search index, PDF, EPUB),
 * although they run in separate JVMs with another working directory, content path, output path, time zone
 * and JVM locale (user.language, user.country, file.encoding; LANG must name an installed UTF-8 locale, see
 * {@link org.compendium.core.publish.FileNames}). Timestamps come from SOURCE_DATE_EPOCH, else the last git commit.
 */
class ReproducibleBuildTest {
    private static final Path PROJECT = ContentFolder.PROJECT;

    @Test
    void twoBuildsInDifferentPlacesTimeZonesAndLocalesAreByteIdentical(@TempDir Path tmp) throws Exception {
        Path second = tmp.resolve("elsewhere/copy");
        ContentFolder.copyTree(PROJECT.resolve("content"), second.resolve("content"));
        ContentFolder.copyTree(PROJECT.resolve("templates"), second.resolve("templates"));
        // Both from copies outside the project's git work tree: a copy has no git history, and the pages of a
        // content folder with history show it (GitProvenanceTest covers builds with history).
        Path first = tmp.resolve("here");
        ContentFolder.copyTree(PROJECT.resolve("content"), first.resolve("content"));
        Map<String, String> a = build(first.resolve("content"), PROJECT.resolve("templates"), tmp.resolve("out-a"),
                tmp, "America/Los_Angeles", "C.UTF-8", List.of("-Duser.timezone=America/Los_Angeles",
                        "-Duser.language=en", "-Duser.country=US"));
        Map<String, String> b = build(second.resolve("content"), second.resolve("templates"), tmp.resolve("x/out-b"),
                second, "Pacific/Kiritimati", "C.UTF-8", List.of("-Duser.timezone=Pacific/Kiritimati",
                        "-Duser.language=tr", "-Duser.country=TR", "-Dfile.encoding=ISO-8859-1"));
        for (String kind : List.of("index.html", "feed.xml", "sitemap.xml", "search/", ".pdf", ".epub")) {
            assertTrue(a.keySet().stream().anyMatch(f -> f.contains(kind)), "the build wrote no " + kind);
        }
        assertEquals(a, b, "the two builds differ");
    }

    @Test
    void aNonUtf8LocaleFailsWithAClearMessageAndWritesNothing(@TempDir Path tmp) throws Exception {
        ProcessBuilder command = BuildMain.command(PROJECT.resolve("content").toString(), tmp.resolve("out").toString(),
                PROJECT.resolve("templates").toString(), "html");
        command.environment().put("LANG", "C");
        command.environment().put("LC_ALL", "C");
        command.environment().put("SOURCE_DATE_EPOCH", "1735689600");
        Process process = command.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(1, process.waitFor(), printed);
        assertTrue(printed.contains("file names cannot hold Chinese characters in this JVM [sun.jnu.encoding="
                + "ANSI_X3.4-1968]; expected a UTF-8 locale: set LANG=C.UTF-8"), printed);
        assertTrue(Files.notExists(tmp.resolve("out")));
    }

    private static Map<String, String> build(Path content, Path templates, Path out, Path workDir, String tz,
                                             String lang, List<String> jvmOptions) throws Exception {
        ProcessBuilder command = BuildMain.command(content.toString(), out.toString(), templates.toString(),
                "html,pdf,epub");
        List<String> withOptions = new ArrayList<>(command.command());
        withOptions.addAll(1, jvmOptions);
        command.command(withOptions).directory(workDir.toFile());
        command.environment().put("SOURCE_DATE_EPOCH", "1735689600");
        command.environment().put("TZ", tz);
        command.environment().put("LANG", lang);
        command.environment().put("LC_ALL", lang);
        Process process = command.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, process.exitValue(), printed);
        return TreeDigest.of(out);
    }

    @Test
    void sourceDateEpochWins(@TempDir Path tmp) {
        BuildRequest request = BuildRequest.builder(tmp).build();
        Instant time = new BuildClock(Map.of("SOURCE_DATE_EPOCH", "1700000000")).timestamp(request, new Diagnostics());
        assertEquals(Instant.ofEpochSecond(1700000000), time);
    }

    @Test
    void elseTheLastCommitOfTheContent(@TempDir Path tmp) throws Exception {
        Path content = Files.createDirectories(tmp.resolve("content"));
        Files.writeString(content.resolve("compendium.yaml"), "title: t\n");
        git(tmp, "init", "-q");
        git(tmp, "add", ".");
        git(tmp, "-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "c",
                "--date=2021-05-04T03:02:01Z");
        Instant time = new BuildClock(Map.of()).timestamp(BuildRequest.builder(content).build(), new Diagnostics());
        assertEquals(Instant.parse("2021-05-04T03:02:01Z"), time);
    }

    @Test
    void aBadSourceDateEpochIsAnError(@TempDir Path tmp) {
        Diagnostics diagnostics = new Diagnostics();
        new BuildClock(Map.of("SOURCE_DATE_EPOCH", "yesterday")).timestamp(BuildRequest.builder(tmp).build(), diagnostics);
        assertEquals("SOURCE_DATE_EPOCH is not a number [yesterday]; expected seconds since 1970-01-01",
                diagnostics.sorted().get(0).message());
    }

    private static void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().put("GIT_COMMITTER_DATE", "2021-05-04T03:02:01Z");
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, p.waitFor(), out);
    }
}
