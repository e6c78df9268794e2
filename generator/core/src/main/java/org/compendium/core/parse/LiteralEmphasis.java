package org.compendium.core.parse;

import com.vladsch.flexmark.ast.DelimitedNodeImpl;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;

/**
 * Asterisks and underscores that Markdown would take for emphasis but that are text of the record. Chinese
 * typesetting has no italics, and official texts use {@code *} as a character ({@code 国家“*”、省“*”} marks
 * redacted names), so a single-delimiter pair ({@code *…*}, {@code _…_}) is never emphasis: its delimiters
 * stay as written. A double pair is bold ({@code **问：**}) unless it plainly is not: when the text it would
 * enclose starts with closing punctuation or ends with opening punctuation ({@code “**”、省“**”} would bold
 * {@code ”、省“}), it too stays as written.
 */
final class LiteralEmphasis {
    private static final String CLOSING = "”’」』）)】〕》〉］]｝}，,。.、；;：:？?！!";
    private static final String OPENING = "“‘「『（(【〔《〈［[｛{";

    private LiteralEmphasis() {
    }

    static void apply(Node root) {
        List<DelimitedNodeImpl> literal = new ArrayList<>();
        collect(root, literal);
        literal.forEach(LiteralEmphasis::unwrap);
    }

    private static void collect(Node node, List<DelimitedNodeImpl> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Emphasis e) {
                out.add(e);
            } else if (child instanceof StrongEmphasis s && !plausibleBold(s)) {
                out.add(s);
            }
            collect(child, out);
        }
    }

    private static boolean plausibleBold(StrongEmphasis strong) {
        BasedSequence text = strong.getText();
        return text.isEmpty() || CLOSING.indexOf(text.charAt(0)) < 0 && OPENING.indexOf(text.charAt(text.length() - 1)) < 0;
    }

    /** Replaces the node by its opening delimiter, its children and its closing delimiter, as text. */
    private static void unwrap(DelimitedNodeImpl node) {
        node.insertBefore(new Text(node.getOpeningMarker()));
        for (Node child = node.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            node.insertBefore(child);
            child = next;
        }
        node.insertBefore(new Text(node.getClosingMarker()));
        Node parent = node.getParent();
        node.unlink();
        mergeTexts(parent);
    }

    /** Joins neighbouring text nodes that are contiguous in the source, so citations and numbering see whole runs. */
    private static void mergeTexts(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child instanceof Text a && next instanceof Text b && a.getEndOffset() == b.getStartOffset()) {
                Text joined = new Text(a.getChars().baseSubSequence(a.getStartOffset(), b.getEndOffset()));
                a.insertBefore(joined);
                a.unlink();
                b.unlink();
                child = joined;
            } else {
                child = next;
            }
        }
    }
}
