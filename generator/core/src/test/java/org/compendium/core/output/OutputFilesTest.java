package org.compendium.core.output;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing into a folder that holds an earlier output: only changed bytes are written, the rest is removed. */
class OutputFilesTest {
    private static final FileTime OLD = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
    @TempDir
    Path root;

    @Test
    void aFileThatHoldsTheBytesAlreadyIsNotWritten() throws IOException {
        Path page = Files.createDirectories(root.resolve("policies/a")).resolve("index.html");
        Files.writeString(page, "第一条　同样的内容");
        Files.setLastModifiedTime(page, OLD);
        new OutputFiles(root).write(page, "第一条　同样的内容");
        assertEquals(OLD, Files.getLastModifiedTime(page));
    }

    @Test
    void changedLongerAndShorterContentReplacesTheFile() throws IOException {
        Path page = root.resolve("a.html");
        Files.writeString(page, "0123456789");
        for (String text : List.of("0123456780", "01234567890123", "短", "")) {
            Files.setLastModifiedTime(page, OLD);
            new OutputFiles(root).write(page, text);
            assertEquals(text, Files.readString(page));
            assertTrue(Files.getLastModifiedTime(page).compareTo(OLD) > 0, text);
        }
    }

    @Test
    void largeFilesAreComparedToTheirLastByte() throws IOException {
        byte[] bytes = new byte[200_003];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + i / 7);
        }
        Path file = root.resolve("search/s/0.js");
        Files.createDirectories(file.getParent());
        Files.write(file, bytes);
        Files.setLastModifiedTime(file, OLD);
        new OutputFiles(root).write(file, bytes.clone());
        assertEquals(OLD, Files.getLastModifiedTime(file), "same bytes");
        for (int changed : new int[] {0, 65_535, 65_536, 131_072, bytes.length - 1}) {
            byte[] other = bytes.clone();
            other[changed]++;
            new OutputFiles(root).write(file, other);
            assertTrue(Files.getLastModifiedTime(file).compareTo(OLD) > 0, "byte " + changed);
            assertTrue(Arrays.equals(other, Files.readAllBytes(file)), "byte " + changed);
            Files.write(file, bytes);
            Files.setLastModifiedTime(file, OLD);
        }
    }

    @Test
    void newFilesGetTheirFolders() throws IOException {
        OutputFiles files = new OutputFiles(root);
        files.write(root.resolve("a/b/c/index.html"), "页");
        files.copy(root.resolve("a/b/c/index.html"), root.resolve("x/copy.html"));
        try (OutputStream out = files.newOutputStream(root.resolve("downloads/book.pdf"))) {
            out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
        assertEquals("页", Files.readString(root.resolve("x/copy.html")));
        assertEquals("%PDF", Files.readString(root.resolve("downloads/book.pdf")));
        assertTrue(files.contains(root.resolve("a/b/c/index.html")));
        assertTrue(files.contains(root.resolve("downloads/book.pdf")));
        assertFalse(files.contains(root.resolve("a/b/c")));
    }

    @Test
    void removeOthersDeletesWhatThisBuildDidNotWrite() throws IOException {
        for (String f : List.of("keep/index.html", "keep/old.html", "gone/deep/index.html", "top.html", "search/t/9.js")) {
            Files.createDirectories(root.resolve(f).getParent());
            Files.writeString(root.resolve(f), f);
        }
        Files.createDirectories(root.resolve("empty/folder"));
        OutputFiles files = new OutputFiles(root);
        files.write(root.resolve("keep/index.html"), "keep/index.html");
        files.write(root.resolve("search/t/0.js"), "0");
        files.removeOthers();
        assertEquals(List.of("keep", "keep/index.html", "search", "search/t", "search/t/0.js"), tree());
    }

    @Test
    void aFolderWhereAFileGoesAndAFileWhereAFolderGoesAreReplaced() throws IOException {
        Files.createDirectories(root.resolve("page.html/inner"));
        Files.writeString(root.resolve("page.html/inner/x"), "x");
        Files.writeString(root.resolve("policies"), "a file in the way");
        OutputFiles files = new OutputFiles(root);
        files.write(root.resolve("page.html"), "页");
        files.write(root.resolve("policies/a/index.html"), "甲");
        files.removeOthers();
        assertEquals("页", Files.readString(root.resolve("page.html")));
        assertEquals("甲", Files.readString(root.resolve("policies/a/index.html")));
    }

    @Test
    void symbolicLinksAreReplacedNeverWrittenThrough(@TempDir Path outside) throws IOException {
        Path secret = Files.writeString(outside.resolve("secret.txt"), "外部文件");
        Files.createSymbolicLink(root.resolve("page.html"), secret);
        Files.createSymbolicLink(root.resolve("policies"), outside);
        Files.createSymbolicLink(root.resolve("book.pdf"), secret);
        OutputFiles files = new OutputFiles(root);
        files.write(root.resolve("page.html"), "页");
        files.write(root.resolve("policies/secret.txt"), "覆盖");
        try (OutputStream out = files.newOutputStream(root.resolve("book.pdf"))) {
            out.write("%PDF".getBytes(StandardCharsets.US_ASCII));
        }
        files.removeOthers();
        assertEquals("外部文件", Files.readString(secret));
        assertEquals(List.of("secret.txt"), List.of(outside.toFile().list()));
        assertFalse(Files.isSymbolicLink(root.resolve("page.html")));
        assertFalse(Files.isSymbolicLink(root.resolve("policies")));
        assertEquals("页", Files.readString(root.resolve("page.html")));
        assertEquals("覆盖", Files.readString(root.resolve("policies/secret.txt")));
        assertEquals("%PDF", Files.readString(root.resolve("book.pdf")));
    }

    @Test
    void aChangedFileIsANewFileSoItsHardLinksElsewhereKeepTheirBytes(@TempDir Path snapshot) throws IOException {
        OutputFiles first = new OutputFiles(root);
        first.write(root.resolve("page.html"), "第一版");
        try (OutputStream out = first.newOutputStream(root.resolve("book.pdf"))) {
            out.write("%PDF-1".getBytes(StandardCharsets.US_ASCII));
        }
        Files.createLink(snapshot.resolve("page.html"), root.resolve("page.html"));
        Files.createLink(snapshot.resolve("book.pdf"), root.resolve("book.pdf"));
        OutputFiles second = new OutputFiles(root);
        second.write(root.resolve("page.html"), "第二版");
        try (OutputStream out = second.newOutputStream(root.resolve("book.pdf"))) {
            out.write("%PDF-2".getBytes(StandardCharsets.US_ASCII));
        }
        second.removeOthers();
        assertEquals("第一版", Files.readString(snapshot.resolve("page.html")));
        assertEquals("%PDF-1", Files.readString(snapshot.resolve("book.pdf")));
        assertEquals("第二版", Files.readString(root.resolve("page.html")));
        assertEquals("%PDF-2", Files.readString(root.resolve("book.pdf")));
        assertEquals(List.of("book.pdf", "page.html"), tree(), "no temporary file left");
    }

    @Test
    void aStreamWithTheSameBytesLeavesTheFileAsItWas() throws IOException {
        Path book = Files.writeString(root.resolve("book.pdf"), "%PDF-1");
        FileTime old = FileTime.from(Instant.parse("2001-01-01T00:00:00Z"));
        Files.setLastModifiedTime(book, old);
        OutputFiles files = new OutputFiles(root);
        try (OutputStream out = files.newOutputStream(book)) {
            out.write("%PDF-1".getBytes(StandardCharsets.US_ASCII));
        }
        files.removeOthers();
        assertEquals(old, Files.getLastModifiedTime(book));
        assertEquals(List.of("book.pdf"), tree());
    }

    @Test
    void manyThreadsWriteIntoSharedNewFolders() throws IOException {
        OutputFiles files = new OutputFiles(root);
        IntStream.range(0, 2000).parallel().forEach(n -> {
            try {
                files.write(root.resolve("s/" + (n % 7) + "/deep/" + n + ".js"), "n" + n);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        files.removeOthers();
        assertEquals(2000 + 7 * 2 + 1, tree().size());
        assertEquals("n1999", Files.readString(root.resolve("s/4/deep/1999.js")));
    }

    @Test
    void onlyFilesUnderTheRootCanBeWritten() {
        OutputFiles files = new OutputFiles(root.resolve("site"));
        assertThrows(IllegalArgumentException.class, () -> files.write(root.resolve("elsewhere.html"), "x"));
        assertThrows(IllegalArgumentException.class, () -> files.write(root.resolve("site/../x.html"), "x"));
    }

    private List<String> tree() throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            return all.filter(p -> !p.equals(root)).map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void aWriteFailingWithoutAFileNameIsNamedAfterTheFile() {
        // A full disk fails FileChannel.write with "No space left on device" and no file (issue 16, item 8).
        java.io.IOException bare = new java.io.IOException("No space left on device");
        java.io.IOException named = OutputFiles.named(bare, Path.of("/out/policies/a/index.html"));
        assertTrue(named instanceof java.nio.file.FileSystemException f
                && f.getFile().equals(Path.of("/out/policies/a/index.html").toString())
                && f.getReason().equals("No space left on device") && f.getCause() == bare, named.toString());
        java.nio.file.FileSystemException already = new java.nio.file.FileSystemException("/x", null, "busy");
        assertSame(already, OutputFiles.named(already, Path.of("/y")));
    }
}
