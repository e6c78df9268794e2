package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberingDetectorTest {
    private final NumberingDetector detector = new NumberingDetector();

    @ParameterizedTest(name = "{0} → {1} level {2} #{3}")
    @CsvSource(delimiter = '|', value = {
            "第二十三条 本办法自发布之日起施行。|ARTICLE|0|23|第二十三条",
            "第一章 总则|CHAPTER|0|1|第一章",
            "第三节 支持方式|SECTION|0|3|第三节",
            "第12条 阿拉伯数字的条|ARTICLE|0|12|第12条",
            "一、总体要求|OUTLINE|1|1|一、",
            "十二、其他|OUTLINE|1|12|十二、",
            "（一）支持对象|OUTLINE|2|1|（一）",
            "(三)半角括号|OUTLINE|2|3|(三)",
            "1.坚持走访座谈制度|OUTLINE|3|1|1.",
            "3．全角点|OUTLINE|3|3|3．",
            "2、顿号|OUTLINE|3|2|2、",
            "（1）小项|OUTLINE|4|1|（1）",
            "②圈码|OUTLINE|5|2|②",
            "　　第五条 全角空格缩进|ARTICLE|0|5|第五条"})
    void recognisesNumbering(String text, String type, int level, int ordinal, String written) {
        Numbering n = detector.detect(text).orElseThrow();
        assertEquals(Numbering.Type.valueOf(type), n.type());
        assertEquals(level, n.level());
        assertEquals(ordinal, n.ordinal());
        assertEquals(written, n.written());
    }

    @ParameterizedTest
    @ValueSource(strings = {"2019年起施行", "3.5亿元的专项资金", "一是加强领导", "第一批企业名单", "本办法所称", "", "（注）说明",
            "10%给予补助", "一般规定"})
    void ignoresTextThatOnlyLooksNumbered(String text) {
        assertTrue(detector.detect(text).isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"第二条 适用范围|适用范围", "一、 总体要求|总体要求", "（二）支持方式|支持方式"})
    void keepsTheTextAfterTheNumber(String text, String rest) {
        assertEquals(rest, detector.detect(text).orElseThrow().rest());
    }
}
