package org.compendium.core.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.ArrayList;
import java.util.List;
import org.compendium.core.kernel.LineIndex;
import org.compendium.core.model.TextSegment;
import org.compendium.core.model.TextSegment.LineStart;

/**
 * Splits a document's text at its anchors, for search results that jump to the clause, and notes where each
 * line of the text starts in the source.
 */
public final class TextSegments {
    private final DocumentAnchors anchors;
    private final LineIndex source;
    /** The whole text the AST was parsed from. */
    private final String sourceText;
    private final List<TextSegment> segments = new ArrayList<>();
    private String anchor = "";
    private StringBuilder text = new StringBuilder();
    /** The start of each line appended to {@link #text}, blank ones included. */
    private List<LineStart> starts = new ArrayList<>();

    private TextSegments(DocumentAnchors anchors, LineIndex source, String sourceText) {
        this.anchors = anchors;
        this.source = source;
        this.sourceText = sourceText;
    }

    /**
     * The text of a parsed Markdown body split at its anchors (an earlier version of a document, say).
     *
     * @param source the lines of the text {@code ast} was parsed from (its node offsets are into that text)
     */
    public static List<TextSegment> of(Node ast, DocumentAnchors anchors, LineIndex source) {
        TextSegments s = new TextSegments(anchors, source, ast.getChars().getBaseSequence().toString());
        s.walk(ast);
        s.flush("");
        return s.segments;
    }

    private void walk(Node node) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            anchors.idOf(child).ifPresent(this::flush);
            switch (child) {
                case Paragraph p -> line(TextExtractor.text(p, Integer.MAX_VALUE), inlineStart(p));
                case Heading h -> line(TextExtractor.text(h, Integer.MAX_VALUE), inlineStart(h));
                case TableSeparator t -> { }
                case TableRow r -> row(r);
                case FencedCodeBlock c -> code(c.getContentChars());
                case IndentedCodeBlock c -> code(c.getContentChars());
                default -> walk(child);
            }
        }
    }

    private void row(TableRow row) {
        StringBuilder cells = new StringBuilder();
        int start = -1;
        for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell c) {
                String text = TextExtractor.text(c, Integer.MAX_VALUE).strip();
                if (cells.isEmpty() && !text.isEmpty()) {
                    start = inlineStart(c);
                }
                cells.append(cells.isEmpty() ? "" : " ").append(text);
            }
        }
        line(cells.toString(), start < 0 ? row.getStartOffset() : start);
    }

    /** Where the inline content of {@code block} starts: its first child's offset (after {@code #}, a marker …). */
    private static int inlineStart(Node block) {
        Node first = block.getFirstChild();
        while (first != null && first.getChars().isBlank() && first.getNext() != null) {
            first = first.getNext();
        }
        return first != null ? first.getStartOffset() : block.getStartOffset();
    }

    private void line(String line, int offset) {
        String stripped = line.strip();
        text.append(stripped).append('\n');
        LineStart start = start(offset, stripped);
        starts.add(start);
        // A line break written as an entity (&#10;) is text: the line goes on where it was written.
        for (int nl = stripped.indexOf('\n'); nl >= 0; nl = stripped.indexOf('\n', nl + 1)) {
            starts.add(start);
        }
    }

    /** A code block's lines, each at its own place in the source. */
    private void code(BasedSequence content) {
        String all = content.toString();
        String stripped = all.strip();
        text.append(stripped).append('\n');
        int at = stripped.isEmpty() ? 0 : all.indexOf(stripped);
        int from = 0;
        for (int nl = stripped.indexOf('\n'); ; nl = stripped.indexOf('\n', nl + 1)) {
            String line = stripped.substring(from, nl < 0 ? stripped.length() : nl);
            int index = at + from;
            starts.add(start(index < content.length() ? content.getIndexOffset(index) : content.getEndOffset(), line));
            if (nl < 0) {
                return;
            }
            from = nl + 1;
        }
    }

    /** The line and column of {@code offset}; the column 0 when the text there is not {@code line} as written. */
    private LineStart start(int offset, String line) {
        return new LineStart(source.line(offset), sourceText.startsWith(line, offset) ? source.column(offset) : 0);
    }

    private void flush(String next) {
        String all = text.toString();
        String t = all.strip();
        if (!t.isEmpty()) {
            // strip() removed whole blank lines before the text (each line was stripped when it was added).
            int skipped = (int) all.substring(0, all.indexOf(t)).chars().filter(c -> c == '\n').count();
            int count = (int) t.chars().filter(c -> c == '\n').count() + 1;
            segments.add(new TextSegment(anchor, t, starts.subList(skipped, skipped + count)));
        }
        anchor = next;
        text = new StringBuilder();
        starts = new ArrayList<>();
    }
}
