package org.compendium.core.parse;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;

/** The plain text of inline content, ignoring emphasis markup, as a reader sees it ({@code &lt;} as {@code <}). */
public final class TextExtractor {

    private TextExtractor() {
    }

    /** Text of the inline children of {@code node}, stopping after about {@code limit} characters. */
    public static String text(Node node, int limit) {
        StringBuilder out = new StringBuilder();
        append(node, out, limit);
        return out.toString();
    }

    private static void append(Node node, StringBuilder out, int limit) {
        for (Node child = node.getFirstChild(); child != null && out.length() < limit; child = child.getNext()) {
            switch (child) {
                case Text t -> out.append(MarkdownText.unescape(t.getChars()));
                case TextBase t -> append(t, out, limit);
                case HtmlEntity e -> out.append(e.getChars().unescape());
                case Code c -> out.append(MarkdownText.unescape(c.getText()));
                case SoftLineBreak s -> out.append(' ');
                case HardLineBreak h -> out.append(' ');
                case Footnote f -> { }
                case Image i -> { }
                case HtmlInline h -> { }
                case Block b -> { }
                default -> append(child, out, limit);
            }
        }
    }
}
