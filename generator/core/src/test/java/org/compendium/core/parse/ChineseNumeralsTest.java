package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChineseNumeralsTest {

    @ParameterizedTest
    @CsvSource({"一,1", "九,9", "十,10", "十二,12", "二十,20", "二十三,23", "九十九,99", "一百,100", "一百零五,105",
            "一百一十,110", "两百,200", "三百四十五,345", "一千零一,1001", "二〇二三,2023", "〇,0"})
    void parses(String numeral, int value) {
        assertEquals(value, ChineseNumerals.parse(numeral).orElseThrow());
    }

    @ParameterizedTest
    @CsvSource({"一二十", "十十", "abc", "第一"})
    void rejectsWhatIsNotANumeral(String text) {
        assertTrue(ChineseNumerals.parse(text).isEmpty() || !text.equals(ChineseNumerals.format(
                ChineseNumerals.parse(text).getAsInt())), text);
    }

    @Test
    void formatsAndParsesBackEveryNumberUpToTenThousand() {
        for (int n = 1; n <= 10_000; n++) {
            String numeral = ChineseNumerals.format(n);
            assertEquals(n, ChineseNumerals.parse(numeral).orElseThrow(), numeral);
        }
    }

    @ParameterizedTest
    @CsvSource({"1,一", "10,十", "11,十一", "23,二十三", "100,一百", "105,一百零五", "110,一百一十", "1001,一千零一"})
    void formatsTheWayClausesAreNumbered(int n, String numeral) {
        assertEquals(numeral, ChineseNumerals.format(n));
    }
}
