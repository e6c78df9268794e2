package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The fast paths of {@link MarkdownText} against the Flexmark calls they replace ({@code unescape()} and
 * {@code Escaping.escapeHtml}), on every text node of random, often odd, Markdown.
 */
class MarkdownTextTest {
    private static final List<String> PIECES = List.of("第一条", "文", "，", "。", " ", "\n", "\n\n", "\\", "\\*", "*",
            "**", "_", "&", "&amp;", "&#20013;", "&copy;", "&nosuch;", "<", ">", "\"", "'", "`", "``", "[", "](x)",
            "1. ", "- ", "> ", "# ", "|", "| a | b |\n|---|---|\n", "〔2024〕", "\t", "&#x4e2d;", "\\&amp;", "R&D", ";",
            "&a", "&#", "&#x", "&amp", "a;", "&;", "&a b;", "&abcdefghijklmnopqrstuvwxyzabcdef;",
            "&abcdefghijklmnopqrstuvwxyzabcdefg;");

    @Test
    void unescapeMatchesFlexmarkOnEveryTextNode() {
        MarkdownParser parser = new MarkdownParser();
        Random random = new Random(20261129);
        int checked = 0;
        for (int n = 0; n < 3_000; n++) {
            Node document = parser.parse(randomMarkdown(random), 0);
            List<BasedSequence> texts = new java.util.ArrayList<>();
            new NodeVisitor(new VisitHandler<>(Text.class, t -> texts.add(t.getChars())),
                    new VisitHandler<>(Code.class, c -> texts.add(c.getText()))).visit(document);
            for (BasedSequence chars : texts) {
                assertEquals(chars.unescape(), MarkdownText.unescape(chars), () -> "text [" + chars + "]");
                checked++;
            }
        }
        assertTrue(checked > 10_000, "text nodes checked: " + checked);
    }

    @Test
    void escapeHtmlMatchesFlexmark() {
        Random random = new Random(7);
        for (int n = 0; n < 20_000; n++) {
            String text = randomMarkdown(random);
            assertEquals(Escaping.escapeHtml(text, false), MarkdownText.escapeHtml(text), () -> "text [" + text + "]");
        }
        assertEquals("a &amp; b &lt;c&gt; &quot;d&quot; 'e'", MarkdownText.escapeHtml("a & b <c> \"d\" 'e'"));
    }

    private static String randomMarkdown(Random random) {
        StringBuilder out = new StringBuilder();
        int pieces = 1 + random.nextInt(30);
        for (int i = 0; i < pieces; i++) {
            out.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        return out.toString();
    }
}
