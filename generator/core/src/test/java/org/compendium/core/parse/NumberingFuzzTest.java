package org.compendium.core.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.compendium.core.kernel.LineIndex;

/**
 * Fuzzes clause numbering detection (第N条, 一、, （一）, 1.) and anchor assignment over whole Markdown
 * texts: no exception, whatever the text. Regression inputs: {@code NumberingFuzzTestInputs/}.
 */
class NumberingFuzzTest {
    private final NumberingDetector detector = new NumberingDetector();
    private final MarkdownParser parser = new MarkdownParser();

    @FuzzTest(maxDuration = "30s")
    void numbering(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        text.lines().limit(200).forEach(detector::detect);
    }

    @FuzzTest(maxDuration = "30s")
    void anchors(byte[] input) {
        String text = new String(input, StandardCharsets.UTF_8);
        AnchorAssigner.assign(parser.parse(text, 0), new LineIndex(text));
    }
}
