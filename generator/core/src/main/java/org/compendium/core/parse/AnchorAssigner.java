package org.compendium.core.parse;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;
import org.compendium.core.kernel.LineIndex;
import org.compendium.core.model.AnchorKind;

/**
 * Gives stable anchors to the clauses of one document, in document order:
 * 第N章 → {@code chap-N}, 第N节 → {@code chap-C-sect-N}, 第N条 → {@code art-N}; outline numbering
 * (一、 › （一） › 1. or a Markdown ordered-list item › （1） › ①) → {@code sec-} plus the ordinals of the
 * levels in use, or {@code art-N-…} for items inside article N; other headings get readable ids.
 * Not thread-safe: one instance per document.
 */
public final class AnchorAssigner {
    private static final int TEXT_LIMIT = 80;
    private final NumberingDetector detector = new NumberingDetector();
    private final LineIndex lines;
    private final DocumentAnchors anchors = new DocumentAnchors();
    private final OutlineState outline = new OutlineState();
    private int chapter;
    private int section;
    private int article;

    private AnchorAssigner(LineIndex lines) {
        this.lines = lines;
    }

    public static DocumentAnchors assign(Document document, LineIndex lines) {
        AnchorAssigner assigner = new AnchorAssigner(lines);
        assigner.visitChildren(document, 2);
        return assigner.anchors;
    }

    private void visitChildren(Node parent, int listLevel) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            switch (child) {
                case Heading heading -> heading(heading);
                case ListItem item -> listItem(item, listLevel);
                case Paragraph paragraph -> block(paragraph, TextExtractor.text(paragraph, TEXT_LIMIT));
                case FootnoteBlock f -> { }
                case TableBlock t -> { }
                case FencedCodeBlock c -> { }
                case IndentedCodeBlock c -> { }
                case HtmlBlock h -> { }
                default -> visitChildren(child, listLevel);
            }
        }
    }

    private void heading(Heading heading) {
        String text = TextExtractor.text(heading, TEXT_LIMIT);
        Optional<Numbering> numbering = detector.detect(text);
        if (numbering.isPresent()) {
            numbered(heading, numbering.get(), heading.getLevel());
            return;
        }
        if (outline.resetsAt(heading.getLevel())) {
            outline.reset();
        }
        article = 0;
        String clean = NumberingDetector.stripLeading(text).strip();
        anchors.assign(heading, Slugs.headingId(clean), AnchorKind.HEADING, heading.getLevel() - 1, "",
                limit(clean), line(heading));
    }

    private void listItem(ListItem item, int listLevel) {
        Node first = item.getFirstChild();
        String text = first instanceof Paragraph p ? TextExtractor.text(p, TEXT_LIMIT) : "";
        Optional<Numbering> numbering = detector.detect(text);
        int level = listLevel;
        if (numbering.isPresent()) {
            level = numbered(item, numbering.get(), 0);
        } else if (item instanceof OrderedListItem ordered && item.getParent() instanceof OrderedList list) {
            level = Math.min(5, Math.max(3, listLevel + 1));
            String written = ordered.getOpeningMarker().toString();
            numbered(item, Numbering.outline(level, list.getStartNumber() + indexOf(item), written,
                    NumberingDetector.stripLeading(text).strip()), 0);
        }
        for (Node child = item.getFirstChild(); child != null; child = child.getNext()) {
            if (child != first || !(child instanceof Paragraph)) {
                visitSingle(child, level);
            }
        }
    }

    private void visitSingle(Node node, int listLevel) {
        if (node instanceof Paragraph paragraph) {
            block(paragraph, TextExtractor.text(paragraph, TEXT_LIMIT));
        } else {
            visitChildren(node, listLevel);
        }
    }

    private void block(Node node, String text) {
        detector.detect(text).ifPresent(n -> numbered(node, n, 0));
    }

    /** Assigns the anchor for numbered {@code node}; returns its outline level (2 for structural numbering). */
    private int numbered(Node node, Numbering n, int headingLevel) {
        int line = line(node);
        String text = headingLevel > 0 ? limit(n.rest()) : shortenForToc(n.rest());
        switch (n.type()) {
            case CHAPTER -> {
                chapter = n.ordinal();
                section = 0;
                article = 0;
                outline.reset();
                anchors.assign(node, "chap-" + chapter, AnchorKind.CHAPTER, 1, n.written(), text, line);
            }
            case SECTION -> {
                section = n.ordinal();
                article = 0;
                outline.reset();
                String id = (chapter > 0 ? "chap-" + chapter + "-" : "") + "sect-" + section;
                anchors.assign(node, id, AnchorKind.SECTION, chapter > 0 ? 2 : 1, n.written(), text, line);
            }
            case ARTICLE -> {
                article = n.ordinal();
                outline.reset();
                anchors.assign(node, "art-" + article, AnchorKind.ARTICLE, articleDepth(), n.written(), text, line);
            }
            case OUTLINE -> {
                if (n.level() == 1) {
                    article = 0;
                }
                int depth = outline.enter(n.level(), n.ordinal(), headingLevel);
                String prefix = article > 0 ? "art-" + article + "-" : "sec-";
                int base = article > 0 ? articleDepth() : 0;
                anchors.assign(node, prefix + outline.path(), AnchorKind.OUTLINE, base + depth, n.written(), text, line);
                return n.level();
            }
            default -> throw new IllegalStateException(n.type().name());
        }
        return 2;
    }

    private int articleDepth() {
        return 1 + (chapter > 0 ? 1 : 0) + (section > 0 ? 1 : 0);
    }

    private int line(Node node) {
        return lines.line(node.getStartOffset());
    }

    private static int indexOf(Node item) {
        int index = 0;
        for (Node n = item.getPrevious(); n != null; n = n.getPrevious()) {
            if (n instanceof ListItem) {
                index++;
            }
        }
        return index;
    }

    /** A block's text cut to its first clause or about 28 characters, for tables of contents. */
    public static String shortenForToc(String text) {
        String t = text.strip();
        int cut = firstSentenceEnd(t);
        if (cut > 0 && cut <= 30) {
            return t.substring(0, cut);
        }
        return t.codePointCount(0, t.length()) > 30 ? t.substring(0, t.offsetByCodePoints(0, 28)) + "…" : t;
    }

    /** A heading's text, cut only when very long. */
    static String limit(String text) {
        String t = text.strip();
        return t.codePointCount(0, t.length()) > 40 ? t.substring(0, t.offsetByCodePoints(0, 38)) + "…" : t;
    }

    private static int firstSentenceEnd(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '。' || c == '；' || c == '：' || c == '，') {
                return i;
            }
        }
        return -1;
    }

    /** Ordinals of outline levels 1–5 in use at the current point of the document. */
    private static final class OutlineState {
        private final int[] ordinals = new int[6];
        private int headingLevel = Integer.MAX_VALUE;

        int enter(int level, int ordinal, int markdownHeadingLevel) {
            ordinals[level] = ordinal;
            for (int deeper = level + 1; deeper < ordinals.length; deeper++) {
                ordinals[deeper] = 0;
            }
            if (markdownHeadingLevel > 0) {
                headingLevel = Math.min(headingLevel, markdownHeadingLevel);
            }
            int depth = 0;
            for (int l = 1; l <= level; l++) {
                depth += ordinals[l] > 0 ? 1 : 0;
            }
            return depth;
        }

        String path() {
            StringBuilder out = new StringBuilder();
            for (int l = 1; l < ordinals.length; l++) {
                if (ordinals[l] > 0) {
                    out.append(out.isEmpty() ? "" : "-").append(ordinals[l]);
                }
            }
            return out.toString();
        }

        /** An unnumbered heading at this Markdown level ends the outline it belongs to. */
        boolean resetsAt(int markdownHeadingLevel) {
            return markdownHeadingLevel <= headingLevel;
        }

        void reset() {
            java.util.Arrays.fill(ordinals, 0);
            headingLevel = Integer.MAX_VALUE;
        }
    }
}
