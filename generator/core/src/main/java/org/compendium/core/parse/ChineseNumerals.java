package org.compendium.core.parse;

import java.util.OptionalInt;

/** Chinese numerals as used in clause numbering: 二十三 ↔ 23, 一百零五 ↔ 105, also 两 and 〇. */
public final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() {
    }

    /** Parses 一 … 九千九百九十九 (and digit strings such as 二〇二三); empty if not a numeral. */
    public static OptionalInt parse(String numeral) {
        if (numeral.isEmpty() || numeral.length() > 12) {
            return OptionalInt.empty();
        }
        boolean hasUnit = numeral.chars().anyMatch(c -> c == '十' || c == '百' || c == '千' || c == '万');
        return hasUnit ? parseWithUnits(numeral) : parseDigits(numeral);
    }

    private static OptionalInt parseWithUnits(String numeral) {
        int total = 0;
        int section = 0;
        int digit = -1;
        for (char c : numeral.toCharArray()) {
            int value = digitValue(c);
            if (value >= 0) {
                digit = value;
                continue;
            }
            int unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10000;
                default -> -1;
            };
            if (unit < 0) {
                return OptionalInt.empty();
            }
            if (unit == 10000) {
                total += (section + Math.max(digit, 0)) * unit;
                section = 0;
            } else {
                section += (digit < 0 ? 1 : digit) * unit;
            }
            digit = -1;
        }
        return OptionalInt.of(total + section + Math.max(digit, 0));
    }

    private static OptionalInt parseDigits(String numeral) {
        int value = 0;
        for (char c : numeral.toCharArray()) {
            int d = digitValue(c);
            if (d < 0) {
                return OptionalInt.empty();
            }
            value = value * 10 + d;
        }
        return OptionalInt.of(value);
    }

    private static int digitValue(char c) {
        return switch (c) {
            case '〇', '零' -> 0;
            case '两' -> 2;
            default -> DIGITS.indexOf(c) > 0 ? DIGITS.indexOf(c) : -1;
        };
    }

    /** Formats 1 … 99999 the way clause numbers are written: 10 → 十, 23 → 二十三, 105 → 一百零五. */
    public static String format(int n) {
        if (n <= 0 || n > 99_999) {
            throw new IllegalArgumentException("out of range: " + n);
        }
        if (n >= 10 && n < 20) {
            return "十" + (n == 10 ? "" : DIGITS.charAt(n - 10));
        }
        String[] units = {"", "十", "百", "千", "万"};
        StringBuilder out = new StringBuilder();
        String digits = Integer.toString(n);
        boolean pendingZero = false;
        for (int i = 0; i < digits.length(); i++) {
            int d = digits.charAt(i) - '0';
            int unit = digits.length() - 1 - i;
            if (d == 0) {
                pendingZero = true;
                continue;
            }
            if (pendingZero && out.length() > 0) {
                out.append('零');
            }
            pendingZero = false;
            out.append(DIGITS.charAt(d)).append(units[unit]);
        }
        return out.toString();
    }
}
