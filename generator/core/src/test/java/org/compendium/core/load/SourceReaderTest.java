package org.compendium.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceReaderTest {
    @TempDir
    Path dir;

    private List<String> read(byte[] bytes) throws IOException {
        Path file = dir.resolve("x.md");
        Files.write(file, bytes);
        Diagnostics d = new Diagnostics();
        new SourceReader(1 << 20).read(file, "policies/x.md", d);
        return d.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void gbkFileIsReportedAtTheFirstBadByteAndRecognised() throws IOException {
        byte[] bytes = "---\nid: a\ntitle: 示例市科技政策\n---\n".getBytes(Charset.forName("GBK"));
        // 示 is CA BE in GBK, which happens to be valid UTF-8 (U+02BE); 例 (C0 FD) is the first bad byte.
        assertEquals(List.of("policies/x.md:3:9: error: file is not valid UTF-8 [byte 0xC0]; it looks like GBK/GB18030: "
                + "convert it with `iconv -f GB18030 -t UTF-8`"), read(bytes));
    }

    @Test
    void binaryGarbageIsNotCalledGbk() throws IOException {
        List<String> p = read(new byte[] {'-', '-', '-', '\n', (byte) 0xFF, (byte) 0xFE, 0x00, (byte) 0x81});
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("policies/x.md:2:1: error: file is not valid UTF-8 [byte 0xFF]; expected UTF-8 text"), p.get(0));
    }

    @Test
    void bomAndCrlfAreAccepted() throws IOException {
        Path file = dir.resolve("y.md");
        byte[] text = "---\r\nid: a\r\n---\r\n正文\r\n".getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[text.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(text, 0, withBom, 3, text.length);
        Files.write(file, withBom);
        Diagnostics d = new Diagnostics();
        SourceFile source = new SourceReader(1 << 20).read(file, "y.md", d).orElseThrow();
        assertEquals("---\nid: a\n---\n正文\n", source.text());
        assertTrue(d.sorted().isEmpty());
    }

    @Test
    void directoriesAndOversizedFilesAreRefused() throws IOException {
        Files.createDirectory(dir.resolve("d.md"));
        Diagnostics d = new Diagnostics();
        new SourceReader(10).read(dir.resolve("d.md"), "policies/d.md", d);
        Files.writeString(dir.resolve("big.md"), "x".repeat(11));
        new SourceReader(10).read(dir.resolve("big.md"), "policies/big.md", d);
        assertEquals(List.of("policies/big.md: error: file is too large [11 bytes]; expected at most 10 bytes",
                "policies/d.md: error: is a directory, not a file; expected a UTF-8 text file"),
                d.sorted().stream().map(Diagnostic::toString).toList());
    }
}
