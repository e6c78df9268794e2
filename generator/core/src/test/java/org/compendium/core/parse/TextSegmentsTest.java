package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.compendium.core.kernel.LineIndex;
import org.compendium.core.model.TextSegment;
import org.compendium.core.model.TextSegment.LineStart;
import org.junit.jupiter.api.Test;

class TextSegmentsTest {
    private final MarkdownParser parser = new MarkdownParser();

    private List<TextSegment> segments(String text) {
        var ast = parser.parse(text, 0);
        LineIndex lines = new LineIndex(text);
        return TextSegments.of(ast, AnchorAssigner.assign(ast, lines), lines);
    }

    /** Each line of every segment with the line and column the segment says it starts at. */
    private static List<String> located(List<TextSegment> segments) {
        List<String> out = new ArrayList<>();
        for (TextSegment s : segments) {
            String[] lines = s.text().split("\n", -1);
            assertEquals(lines.length, s.lines().size(), "one start per line of " + s.text());
            for (int i = 0; i < lines.length; i++) {
                LineStart at = s.lines().get(i);
                out.add(at.line() + ":" + at.column() + " " + lines[i]);
            }
        }
        return out;
    }

    @Test
    void everyLineOfTextKnowsWhereItStarts() {
        String text = """
                # 示例办法

                第一条 为了规范管理，制定本办法。

                - 列表项**加粗**在后
                  > 引用中的文字

                | 项目 | 金额 |
                |---|---|
                | 补助 | 10万元 |

                ```
                代码第一行
                  代码第二行
                ```

                第二条 本办法自发布之日起施行。
                """;
        assertEquals(List.of(
                        "1:3 示例办法",
                        "3:1 第一条 为了规范管理，制定本办法。",
                        // markup in the line: its line is known, a column could not be read off the text
                        "5:0 列表项加粗在后",
                        "6:5 引用中的文字",
                        // a table row's text joins its cells with spaces: written otherwise, so no column either
                        "8:0 项目 金额",
                        "10:0 补助 10万元",
                        "13:1 代码第一行",
                        "14:1   代码第二行",
                        "17:1 第二条 本办法自发布之日起施行。"),
                located(segments(text)));
    }

    @Test
    void blankBlocksAtTheEdgesOfASegmentKeepTheLinesInStep() {
        // An image-only paragraph has no text: a blank line the segment's text drops at its start.
        String text = "![图](a.png)\n\n正文一\n\n![图](b.png)\n\n正文二\n";
        assertEquals(List.of("3:1 正文一", "5:1 ", "7:1 正文二"), located(segments(text)));
    }
}
