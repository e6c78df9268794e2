package org.compendium.core.parse;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises Chinese clause numbering at the start of a text: 第N章/第N节/第N条, and the outline
 * levels 一、 › （一） › 1. / 1． / 1、 › （1） › ①. The patterns are matched with {@code lookingAt}, so a
 * text without numbering is rejected at its first characters rather than tried at every position.
 */
public final class NumberingDetector {
    private static final String HAN_DIGIT_CHARS = "零〇一二两三四五六七八九十百千";
    private static final String HAN_DIGITS = "[" + HAN_DIGIT_CHARS + "]+";
    private static final String ARABIC = "[0-9０-９]+";
    private static final Pattern STRUCTURAL = Pattern.compile("^第(" + HAN_DIGITS + "|" + ARABIC + ")([章节条])");
    private static final Pattern LEVEL_1 = Pattern.compile("^(" + HAN_DIGITS + ")[、．]");
    private static final Pattern LEVEL_2 = Pattern.compile("^[（(](" + HAN_DIGITS + ")[）)]");
    private static final Pattern LEVEL_3 = Pattern.compile("^(" + ARABIC + ")[.．、](?![0-9０-９])");
    private static final Pattern LEVEL_4 = Pattern.compile("^[（(](" + ARABIC + ")[）)]");
    private static final String CIRCLED = "①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳";

    /** The numbering that {@code text} starts with, ignoring leading white space. */
    public Optional<Numbering> detect(String text) {
        int start = leadingSpace(text);
        if (start == text.length() || !mayStartNumbering(text.charAt(start))) {
            return Optional.empty();
        }
        String t = text.substring(start);
        Matcher m = STRUCTURAL.matcher(t);
        if (m.lookingAt()) {
            Numbering.Type type = switch (m.group(2)) {
                case "章" -> Numbering.Type.CHAPTER;
                case "节" -> Numbering.Type.SECTION;
                default -> Numbering.Type.ARTICLE;
            };
            return number(m.group(1)).stream().boxed().findFirst()
                    .map(n -> new Numbering(type, 0, n, m.group(), rest(t, m.end())));
        }
        Optional<Numbering> outline = outline(t, LEVEL_1, 1)
                .or(() -> outline(t, LEVEL_2, 2))
                .or(() -> outline(t, LEVEL_3, 3))
                .or(() -> outline(t, LEVEL_4, 4));
        if (outline.isPresent()) {
            return outline;
        }
        int circled = CIRCLED.indexOf(t.charAt(0));
        if (circled >= 0) {
            return Optional.of(Numbering.outline(5, circled + 1, t.substring(0, 1), rest(t, 1)));
        }
        return Optional.empty();
    }

    private static Optional<Numbering> outline(String t, Pattern pattern, int level) {
        Matcher m = pattern.matcher(t);
        if (!m.lookingAt()) {
            return Optional.empty();
        }
        OptionalInt n = number(m.group(1));
        if (n.isEmpty() || n.getAsInt() == 0) {
            return Optional.empty();
        }
        return Optional.of(Numbering.outline(level, n.getAsInt(), m.group(), rest(t, m.end())));
    }

    private static OptionalInt number(String digits) {
        char first = digits.charAt(0);
        if ((first >= '0' && first <= '9') || (first >= '０' && first <= '９')) {
            int value = 0;
            for (char c : digits.toCharArray()) {
                value = value * 10 + (c >= '０' ? c - '０' : c - '0');
                if (value > 99_999) {
                    return OptionalInt.empty();
                }
            }
            return OptionalInt.of(value);
        }
        return ChineseNumerals.parse(digits);
    }

    private static String rest(String t, int end) {
        return stripLeading(t.substring(end)).strip();
    }

    static String stripLeading(String text) {
        return text.substring(leadingSpace(text));
    }

    /** The length of the white space (full-width and no-break spaces too) {@code text} starts with. */
    private static int leadingSpace(String text) {
        int i = 0;
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '\u3000'
                || text.charAt(i) == '\u00A0')) {
            i++;
        }
        return i;
    }

    /**
     * Whether any of the patterns can match text starting with {@code c}: most paragraphs of a body start
     * with none of these, and are rejected without running the five patterns.
     */
    private static boolean mayStartNumbering(char c) {
        return c == '第' || c == '（' || c == '(' || (c >= '0' && c <= '9') || (c >= '０' && c <= '９')
                || HAN_DIGIT_CHARS.indexOf(c) >= 0 || CIRCLED.indexOf(c) >= 0;
    }
}
