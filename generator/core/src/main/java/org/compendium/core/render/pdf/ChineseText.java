package org.compendium.core.render.pdf;

import java.util.regex.Pattern;

/** Chinese typographic forms for print: 发文字号 brackets. */
final class ChineseText {
    private static final Pattern YEAR_BRACKETS = Pattern.compile("[\\[［(（〔](\\d{4})[\\]］)）〕]");

    private ChineseText() {
    }

    /** The year of a 发文字号 in 六角括号, as GB/T 9704 wants: 示科规[2023]2号 → 示科规〔2023〕2号. */
    static String docNumber(String number) {
        return YEAR_BRACKETS.matcher(number).replaceAll("〔$1〕");
    }
}
