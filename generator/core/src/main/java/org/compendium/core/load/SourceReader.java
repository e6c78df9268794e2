package org.compendium.core.load;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;

/**
 * Reads a content file strictly as UTF-8. A BOM is dropped and CRLF/CR become LF. Invalid UTF-8 is
 * reported at the line and column of the first bad byte, saying whether the file looks like GBK/GB18030;
 * control characters at theirs ({@link ControlCharacters}).
 */
public final class SourceReader {
    private final long maxBytes;

    public SourceReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    public Optional<SourceFile> read(Path file, String path, Diagnostics diagnostics) {
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) {
                diagnostics.error(path, 0, 0, "is a directory, not a file; expected a UTF-8 text file");
                return Optional.empty();
            }
            long size = attributes.size();
            if (size > maxBytes) {
                diagnostics.error(path, 0, 0, "file is too large [" + size + " bytes]; expected at most "
                        + maxBytes + " bytes");
                return Optional.empty();
            }
            bytes = Files.readAllBytes(file);
        } catch (AccessDeniedException e) {
            diagnostics.error(path, 0, 0, "cannot read the file: permission denied");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read the file: " + e.getMessage());
            return Optional.empty();
        }
        Optional<SourceFile> source = decode(bytes, path, diagnostics).map(text -> SourceFile.of(path, normalise(text)));
        source.ifPresent(f -> {
            ControlCharacters.report(f, diagnostics);
            LookalikeIdeographs.report(f, diagnostics);
        });
        return source;
    }

    static Optional<String> decode(byte[] bytes, String path, Diagnostics diagnostics) {
        Optional<String> utf16 = utf16(bytes);
        if (utf16.isPresent()) {
            diagnostics.error(path, 1, 1, "file is UTF-16 [" + utf16.get() + "], not UTF-8; expected UTF-8 text: save it"
                    + " as UTF-8 (in the editor's encoding menu, or `iconv -f " + utf16.get().substring(0, 8)
                    + " -t UTF-8`)");
            return Optional.empty();
        }
        int start = hasBom(bytes) ? 3 : 0;
        // The JDK's String decoding is several times faster than a CharsetDecoder; it replaces bad bytes by
        // U+FFFD, so only a text that has U+FFFD is decoded again strictly, to tell bad bytes from a real U+FFFD.
        String text = new String(bytes, start, bytes.length - start, StandardCharsets.UTF_8);
        return text.indexOf('\uFFFD') < 0 ? Optional.of(text) : decodeStrictly(bytes, start, path, diagnostics);
    }

    private static Optional<String> decodeStrictly(byte[] bytes, int start, String path, Diagnostics diagnostics) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            reportBadByte(bytes, start, in.position(), path, diagnostics);
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(out.toString());
    }

    private static void reportBadByte(byte[] bytes, int start, int bad, String path, Diagnostics diagnostics) {
        int lineStart = start;
        int line = 1;
        for (int i = start; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        String before = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8);
        int column = before.codePointCount(0, before.length()) + 1;
        String hint = looksLikeGb18030(bytes, start)
                ? "; it looks like GBK/GB18030: convert it with `iconv -f GB18030 -t UTF-8`"
                : "; expected UTF-8 text";
        diagnostics.error(path, line, column, String.format(
                "file is not valid UTF-8 [byte 0x%02X]%s", bytes[bad] & 0xFF, hint));
    }

    /** True when the bytes decode as GB18030 without error and contain Chinese characters. */
    static boolean looksLikeGb18030(byte[] bytes, int start) {
        try {
            String text = Charset.forName("GB18030").newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
            long han = text.codePoints()
                    .filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
            return han > 0;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /**
     * Whether the file is UTF-16 ("UTF-16LE", "UTF-16BE", with " with BOM" when it has one). Without a BOM, a
     * content file's ASCII (its front matter, line feeds) shows as a zero byte in every other position: UTF-16
     * of ASCII is valid UTF-8, and of Chinese text often valid GB18030, so this is checked first.
     */
    static Optional<String> utf16(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return Optional.of("UTF-16LE with BOM");
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return Optional.of("UTF-16BE with BOM");
        }
        int even = 0;
        int odd = 0;
        for (int i = 0; i < Math.min(bytes.length, 4096); i++) {
            if (bytes[i] == 0) {
                if (i % 2 == 0) {
                    even++;
                } else {
                    odd++;
                }
            }
        }
        if (odd >= 4 && even * 4 <= odd) {
            return Optional.of("UTF-16LE");
        }
        if (even >= 4 && odd * 4 <= even) {
            return Optional.of("UTF-16BE");
        }
        return Optional.empty();
    }

    private static boolean hasBom(byte[] bytes) {
        return bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    }

    static String normalise(String text) {
        if (text.indexOf('\r') < 0) {
            return text;
        }
        return text.replace("\r\n", "\n").replace('\r', '\n');
    }
}
