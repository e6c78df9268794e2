package org.compendium.core.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The writer's bytes are {@code String.getBytes(UTF_8)}'s, whichever way the text arrives. */
class Utf8WriterTest {
    private static final String[] PIECES = {"<p>", "科技", "政策", "é", "ß", "€", "〔2024〕", "𠀀", "😀", "\uD83D",
        "\uDE00", "\uDC00x", "a", "\n", "", "R&D", "\u07FF", "\u0800", "\uFFFF", "\u0080", "\u007F"};

    @Test
    void chineseAsciiAndSupplementaryCharactersEncodeAsStringGetBytes() {
        assertWrites("<h1>厦门市科技计划项目管理办法〔2024〕3号</h1> 𠀀𠀁 😀 é ß € \u0000");
    }

    @Test
    void longTextIsEncodedWholeAlsoWhereAPairStraddlesTheWritersChunkOfChars() {
        assertWrites("长".repeat(2500) + "。");
        assertWrites("a".repeat(1023) + "😀" + "政".repeat(1500) + "😀");
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsInStringGetBytes() {
        assertWrites("a\uD83Db");
        assertWrites("a\uDE00b");
        assertWrites("\uDE00\uD83D");
        assertWrites("end\uD83D");
    }

    @Test
    void randomTextInRandomPiecesThroughEveryWriteMethod() {
        Random random = new Random(20261129);
        for (int round = 0; round < 2000; round++) {
            StringBuilder text = new StringBuilder();
            int pieces = random.nextInt(40);
            for (int i = 0; i < pieces; i++) {
                text.append(PIECES[random.nextInt(PIECES.length)]);
            }
            if (random.nextInt(10) == 0) {
                text.append("长".repeat(random.nextInt(3000))); // beyond the writer's chunk of chars
            }
            String s = text.toString();
            Utf8Writer writer = new Utf8Writer(random.nextInt(8) + 1);
            if (random.nextBoolean()) {
                writer.write("stale page");
                writer.reset();
            }
            int at = 0;
            while (at < s.length()) {
                int end = Math.min(s.length(), at + 1 + random.nextInt(6));
                switch (random.nextInt(5)) {
                    case 0 -> writer.write(s.substring(at, end));
                    case 1 -> writer.write(s, at, end - at);
                    case 2 -> writer.write(s.toCharArray(), at, end - at);
                    case 3 -> writer.append(s, at, end);
                    default -> {
                        end = at + 1;
                        writer.write(s.charAt(at));
                    }
                }
                at = end;
            }
            assertEquals(s.getBytes(StandardCharsets.UTF_8).length, writer.length(), s);
            assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(writer.bytes(), writer.length()), s);
        }
    }

    private static void assertWrites(String s) {
        Utf8Writer whole = new Utf8Writer(4);
        whole.write(s);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(whole.bytes(), whole.length()), s);
        Utf8Writer byChar = new Utf8Writer(4);
        s.chars().forEach(byChar::write);
        assertArrayEquals(s.getBytes(StandardCharsets.UTF_8), Arrays.copyOf(byChar.bytes(), byChar.length()), s);
    }
}
