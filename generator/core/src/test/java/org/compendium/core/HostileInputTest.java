package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile input that is generated rather than kept as a golden fixture (large files, symbolic links,
 * permissions): the build fails fast with a clear diagnostic or stays within bounded time and memory, and
 * nothing outside the content root is read or written. See also {@code fixtures/diagnostics/} (unsafe-html,
 * unsafe-links, svg-active, yaml-anchors, yaml-too-deep, markdown-too-deep, html-too-deep, markup-run).
 */
class HostileInputTest {
    private static final String FRONT = "---\nid: hostile\ntitle: 恶意输入\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n";
    @TempDir
    Path tmp;

    private List<String> check(ContentFolder content) {
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> content.printed(content.check()));
    }

    @Test
    void aFiftyMegabyteFileFailsFastWithItsSize() throws IOException {
        ContentFolder content = ContentFolder.create(tmp);
        Path big = content.root().resolve("policies/2023/big.md");
        try (RandomAccessFile file = new RandomAccessFile(big.toFile(), "rw")) {
            file.write(FRONT.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            file.setLength(50L * 1024 * 1024);
        }
        assertEquals(List.of("content/policies/2023/big.md: error: file is too large [52428800 bytes]; expected at most "
                + "8388608 bytes"), check(content));
    }

    @Test
    void aFiftyMegabyteAssetFailsFastWithItsSize() throws IOException {
        ContentFolder content = ContentFolder.create(tmp);
        Files.createDirectories(content.root().resolve("assets"));
        try (RandomAccessFile file = new RandomAccessFile(content.root().resolve("assets/scan.pdf").toFile(), "rw")) {
            file.setLength(50L * 1024 * 1024);
        }
        assertEquals(List.of("content/assets/scan.pdf: error: asset is too large [52428800 bytes]; expected at most "
                + "33554432 bytes"), check(content));
    }

    @Test
    void aHugeLineBuildsInBoundedTime() {
        ContentFolder content = ContentFolder.create(tmp);
        content.write("policies/2023/long.md", FRONT + "第一条 " + "长文本，".repeat(500_000) + "\n");
        BuildResult result = assertTimeoutPreemptively(Duration.ofSeconds(90),
                () -> new CompendiumBuilder().build(content.request().build()));
        assertTrue(result.published(), result.diagnostics().toString());
    }

    @Test
    void aYamlBombIsRefusedBeforeItExpands() {
        StringBuilder yaml = new StringBuilder("---\nid: lol\ntitle: 笑\nissuer: 局\nissued: 2023-05-01\n");
        yaml.append("a0: &a0 [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (int i = 1; i < 10; i++) {
            yaml.append("a").append(i).append(": &a").append(i).append(" [").append(("*a" + (i - 1) + ",").repeat(8))
                    .append("*a").append(i - 1).append("]\n");
        }
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/lol.md", yaml + "---\n正文\n");
        assertEquals(List.of("content/policies/2023/lol.md:6:5: error: YAML anchor or alias [&a0]; expected plain values "
                + "(anchors and aliases are not allowed in front matter)"), check(content));
    }

    @Test
    void deeplyNestedListsAndQuotesGiveADiagnosticNotAStackOverflow() {
        StringBuilder lists = new StringBuilder(FRONT);
        for (int i = 0; i < 1000; i++) {
            lists.append("  ".repeat(i)).append("- 项\n");
        }
        StringBuilder quotes = new StringBuilder(FRONT.replace("hostile", "quotes"));
        for (int i = 1; i <= 200; i++) {
            quotes.append("> ".repeat(i)).append("文本\n");
        }
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/lists.md", lists.toString())
                .write("policies/2023/quotes.md", quotes.toString());
        List<String> printed = check(content);
        assertEquals(2, printed.size(), printed.toString());
        assertTrue(printed.stream().allMatch(l -> l.contains("error: Markdown nested too deeply [more than 64 levels")),
                printed.toString());
    }

    @Test
    void symbolicLinksOutOfTheContentRootAreNotFollowed() throws IOException {
        Path secret = Files.writeString(tmp.resolve("secret.md"), FRONT.replace("hostile", "secret") + "SECRET-MARKER\n");
        ContentFolder content = ContentFolder.create(tmp);
        Files.createDirectories(content.root().resolve("assets"));
        Files.createSymbolicLink(content.root().resolve("policies/2023/leak.md"), secret);
        Files.createSymbolicLink(content.root().resolve("assets/leak.png"), Path.of("/etc/passwd"));
        assertEquals(List.of(
                "content/assets/leak.png: error: link points outside the content folder [assets/leak.png]; expected files "
                        + "inside the content folder",
                "content/policies/2023/leak.md: error: link points outside the content folder [policies/2023/leak.md]; "
                        + "expected files inside the content folder"), check(content));
    }

    @Test
    void aBuildWritesNothingButItsOutputFolder() throws IOException {
        Path parent = Files.createDirectories(tmp.resolve("work"));
        ContentFolder content = ContentFolder.create(parent);
        content.write("policies/2023/escape.md", FRONT + "[上级](../../../../escape.md) ![图](../../../x.png)\n");
        Map<String, String> before = TreeDigest.of(tmp);
        BuildResult failed = new CompendiumBuilder().build(content.request().build());
        assertFalse(failed.success());
        assertEquals(before, TreeDigest.of(tmp), "a failing build changed files");
        Files.delete(content.root().resolve("policies/2023/escape.md"));
        Map<String, String> beforeSuccess = TreeDigest.of(tmp);
        assertTrue(new CompendiumBuilder().build(content.request().build()).published());
        Map<String, String> after = TreeDigest.of(tmp);
        after.forEach((file, digest) -> assertTrue(file.startsWith("work/site-output/")
                || file.equals("work/.site-output.lock") || digest.equals(
                beforeSuccess.get(file)), "changed " + file));
        try (Stream<String> changed = beforeSuccess.keySet().stream().filter(f -> !after.containsKey(f))) {
            assertTrue(changed.allMatch(f -> f.startsWith("work/site-output/")), after.keySet().toString());
        }
    }

    @Test
    void longNamesBecomeShortFolderNamesAndLongIdsAreRefused() throws IOException {
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/long.md", FRONT
                .replace("issuer: 示例市科学技术局", "issuer: " + "机关".repeat(150) + "\ncategory: " + "类".repeat(300)));
        BuildResult built = new CompendiumBuilder().build(content.request().build());
        assertTrue(built.published(), built.diagnostics().toString());
        try (Stream<Path> files = Files.walk(tmp.resolve("site-output"))) {
            assertTrue(files.allMatch(f -> f.getFileName().toString().getBytes(StandardCharsets.UTF_8).length <= 255));
        }
        content.write("policies/2023/long.md", FRONT.replace("id: hostile", "id: " + "a".repeat(300)));
        assertEquals(List.of("content/policies/2023/long.md:2:5: error: id too long [aaaaaaaaaaaaaaaaaaaa… (300 "
                + "characters)] in id; expected at most 100 characters"), check(content));
    }

    @Test
    void anUnreadableFileIsReported() throws IOException {
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/secret.md", FRONT);
        Path file = content.root().resolve("policies/2023/secret.md");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: root reads a file whatever its mode");
        assertEquals(List.of("content/policies/2023/secret.md: error: cannot read the file: permission denied"),
                check(content));
    }
}
