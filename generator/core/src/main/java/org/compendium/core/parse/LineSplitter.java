package org.compendium.core.parse;

import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;

/**
 * A line of the source is a line of the output. Official texts are pasted one paragraph (or one list item
 * such as {@code 综合处挂钩联系创新大厦入驻企业；}) per line, without blank lines between; CommonMark would
 * join such lines into one paragraph and lose the structure of the record. So a paragraph is split into one
 * paragraph per line, and a line break that cannot split it (inside a link or emphasis) becomes a hard break.
 * Lines that start with clause numbering thereby become paragraphs of their own and get their anchors.
 */
final class LineSplitter {

    void split(Document document) {
        List<Paragraph> paragraphs = new ArrayList<>();
        List<SoftLineBreak> nested = new ArrayList<>();
        collect(document, paragraphs, nested);
        paragraphs.forEach(LineSplitter::split);
        nested.forEach(LineSplitter::harden);
    }

    private static void collect(Node node, List<Paragraph> paragraphs, List<SoftLineBreak> nested) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof Paragraph p) {
                paragraphs.add(p);
                collectNested(p, nested);
            } else if (child instanceof SoftLineBreak s) {
                nested.add(s);
            } else {
                collect(child, paragraphs, nested);
            }
        }
    }

    /** Soft breaks below the paragraph's own children (in emphasis, links, table cells…). */
    private static void collectNested(Paragraph paragraph, List<SoftLineBreak> nested) {
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (!(child instanceof SoftLineBreak)) {
                collect(child, new ArrayList<>(), nested);
            }
        }
    }

    /**
     * Splits from the last line break backwards, so that every node moves once: splitting from the front
     * moved the rest of the paragraph at every line, quadratic in a paragraph of thousands of lines.
     */
    private static void split(Paragraph paragraph) {
        List<Node> breaks = new ArrayList<>();
        for (Node child = paragraph.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof SoftLineBreak && child.getNext() != null) {
                breaks.add(child);
            }
        }
        int end = paragraph.getEndOffset();
        for (int i = breaks.size() - 1; i >= 0; i--) {
            end = splitAt(paragraph, breaks.get(i), end);
        }
        if (!breaks.isEmpty()) {
            paragraph.setChars(paragraph.getChars().baseSubSequence(paragraph.getStartOffset(), end));
        }
    }

    /**
     * Moves everything after {@code lineBreak} (the paragraph's text up to {@code end}) into a new paragraph
     * right after {@code paragraph}; returns where the paragraph now ends (the line break's start).
     */
    private static int splitAt(Paragraph paragraph, Node lineBreak, int end) {
        Node first = lineBreak.getNext();
        Paragraph tail = new Paragraph();
        for (Node n = first; n != null; ) {
            Node following = n.getNext();
            tail.appendChild(n);
            n = following;
        }
        lineBreak.unlink();
        tail.setChars(paragraph.getChars().baseSubSequence(first.getStartOffset(), end));
        paragraph.insertAfter(tail);
        return lineBreak.getStartOffset();
    }

    private static void harden(SoftLineBreak lineBreak) {
        lineBreak.insertBefore(new HardLineBreak(lineBreak.getChars()));
        lineBreak.unlink();
    }
}
