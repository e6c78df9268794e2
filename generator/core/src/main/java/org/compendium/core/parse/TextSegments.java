package org.compendium.core.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import org.compendium.core.model.TextSegment;

/** Splits a document's text at its anchors, for search results that jump to the clause. */
public final class TextSegments {
    private final DocumentAnchors anchors;
    private final List<TextSegment> segments = new ArrayList<>();
    private String anchor = "";
    private StringBuilder text = new StringBuilder();

    private TextSegments(DocumentAnchors anchors) {
        this.anchors = anchors;
    }

    /** The text of a parsed Markdown body split at its anchors (an earlier version of a document, say). */
    public static List<TextSegment> of(Node ast, DocumentAnchors anchors) {
        TextSegments s = new TextSegments(anchors);
        s.walk(ast);
        s.flush("");
        return s.segments;
    }

    private void walk(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            anchors.idOf(child).ifPresent(this::flush);
            switch (child) {
                case Paragraph p -> line(TextExtractor.text(p, Integer.MAX_VALUE));
                case Heading h -> line(TextExtractor.text(h, Integer.MAX_VALUE));
                case TableSeparator t -> { }
                case TableRow r -> row(r);
                case FencedCodeBlock c -> line(c.getContentChars().toString());
                case IndentedCodeBlock c -> line(c.getContentChars().toString());
                default -> walk(child);
            }
        }
    }

    private void row(TableRow row) {
        StringBuilder cells = new StringBuilder();
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell c) {
                cells.append(cells.isEmpty() ? "" : " ").append(TextExtractor.text(c, Integer.MAX_VALUE).strip());
            }
        }
        line(cells.toString());
    }

    private void line(String line) {
        text.append(line.strip()).append('\n');
    }

    private void flush(String next) {
        String t = text.toString().strip();
        if (!t.isEmpty()) {
            segments.add(new TextSegment(anchor, t));
        }
        anchor = next;
        text = new StringBuilder();
    }
}
