package org.compendium.core.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a paragraph where a line starts with clause numbering. Texts pasted from word processors often
 * put {@code 1.坚持……} and {@code 2.坚持……} on consecutive lines without a blank line between; in Markdown
 * that is one paragraph, but every reader of a Chinese policy sees two items, and each needs its anchor.
 */
final class NumberedLineSplitter {
    private final NumberingDetector detector = new NumberingDetector();

    void split(Document document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        collect(document, paragraphs);
        paragraphs.forEach(this::split);
    }

    private static void collect(Node node, List<Paragraph> out) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                out.add(p);
            } else {
                collect(child, out);
            }
        }
    }

    private void split(Paragraph paragraph) {
        Paragraph current = paragraph;
        for (Node child = current.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            if (child instanceof SoftLineBreak && next instanceof Text text
                    && detector.detect(text.getChars().toString()).isPresent()) {
                current = splitAt(current, child, next);
                next = current.getFirstChild();
            }
            child = next;
        }
    }

    /** Moves {@code first} and everything after it into a new paragraph after {@code paragraph}. */
    private static Paragraph splitAt(Paragraph paragraph, Node lineBreak, Node first) {
        Paragraph tail = new Paragraph();
        for (Node n = first; n != null; ) {
            Node following = n.getNext();
            tail.appendChild(n);
            n = following;
        }
        lineBreak.unlink();
        tail.setChars(paragraph.getChars().baseSubSequence(first.getStartOffset(), paragraph.getEndOffset()));
        paragraph.setChars(paragraph.getChars().baseSubSequence(paragraph.getStartOffset(), lineBreak.getStartOffset()));
        paragraph.insertAfter(tail);
        return tail;
    }
}
