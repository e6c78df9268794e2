package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.util.sequence.LineAppendable;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link HtmlLines} lays text out as Flexmark's {@code HtmlWriter} did in the body renderer (no indent,
 * leading spaces trimmed, at most one blank line in a row), for random sequences of writes, line ends and
 * preformatted sections (which, as in the renderer, always open after a tag on the same line).
 */
class HtmlLinesTest {
    private static final List<String> PIECES = List.of(" ", "  ", "\t", " \t ", "\n", "\n\n", "\n\n\n", "\r\n",
            "\r", "a", "中文", "<p>", "x y", " \n", "\t\n", "\n ", "\n\t", "\r\n\r\n", "a\r", " b ");

    @Test
    void layoutOfExamples() {
        assertEquals("", new HtmlLines().result());
        assertEquals("", new HtmlLines().line().line().result());
        assertEquals("a\n", new HtmlLines().raw("   a").result());
        assertEquals("a\n\nb\n", new HtmlLines().raw("a\n\n\n\nb").result());
        assertEquals("\ta\n", new HtmlLines().raw("  \t  a").result());
        assertEquals("<pre>  a\n\n\n  b\n</pre>\n",
                new HtmlLines().raw("<pre>").openPre().raw("  a\n\n\n  b\n").raw("</pre>").closePre().line().result());
    }

    @Test
    void layoutAsFlexmarksWriter() {
        Random random = new Random(7);
        for (int run = 0; run < 5000; run++) {
            HtmlLines lines = new HtmlLines();
            HtmlWriter writer = new HtmlWriter(null, 0, LineAppendable.F_TRIM_LEADING_WHITESPACE, false, false);
            StringBuilder ops = new StringBuilder();
            int pre = 0;
            for (int op = random.nextInt(12); op > 0; op--) {
                int kind = random.nextInt(10);
                if (kind < 6) {
                    String s = PIECES.get(random.nextInt(PIECES.size())) + PIECES.get(random.nextInt(PIECES.size()));
                    lines.raw(s);
                    writer.raw(s);
                    ops.append("raw(").append(s.replace("\n", "⏎").replace("\r", "␍")).append(") ");
                } else if (kind < 8) {
                    lines.line();
                    writer.line();
                    ops.append("line ");
                } else if (kind == 8 && pre < 2) {
                    lines.raw("<pre>").openPre();
                    writer.raw("<pre>").openPre();
                    pre++;
                    ops.append("<pre> ");
                } else if (pre > 0) {
                    lines.raw("</pre>").closePre();
                    writer.raw("</pre>").closePre();
                    pre--;
                    ops.append("</pre> ");
                }
            }
            for (; pre > 0; pre--) {
                lines.raw("</pre>").closePre();
                writer.raw("</pre>").closePre();
            }
            StringBuilder expected = new StringBuilder();
            writer.appendToSilently(expected, 1, 1);
            assertEquals(expected.toString(), lines.result(), ops.toString());
        }
    }
}
