package org.compendium.core.render;

import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Map;
import org.compendium.core.resolve.CitationMatch;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * Renders one document's AST to the body XHTML, exactly as Flexmark's {@code HtmlRenderer} did with the
 * compendium's options and rendering rules, without its per-document machinery. Used once, by one thread.
 */
final class BodyHtml {
    private final HtmlLines out = new HtmlLines();
    private final ResolvedDocument document;
    private final Map<Node, List<CitationMatch>> citations;
    private final AnchorAttributes attributes;
    private final BlockHtml blocks;
    private final InlineHtml inlines;
    private final FootnoteHtml footnotes;

    BodyHtml(ResolvedDocument document, Map<Node, List<CitationMatch>> citations, BodyOptions options) {
        this.document = document;
        this.citations = citations;
        this.attributes = new AnchorAttributes(document.source().anchors());
        this.blocks = new BlockHtml(this, options);
        this.footnotes = new FootnoteHtml(this);
        this.inlines = new InlineHtml(this, footnotes);
    }

    String render(Document ast) {
        footnotes.number(ast);
        children(ast);
        footnotes.section(ast);
        return out.result();
    }

    /** Renders a node as Flexmark does: by its own type; a node of a type it does not know, not at all. */
    void render(Node node) {
        if (!blocks.render(node)) {
            inlines.render(node);
        }
    }

    void children(Node parent) {
        for (Node child = parent.getFirstChild(); child != null; ) {
            Node next = child.getNext();
            render(child);
            child = next;
        }
    }

    /** An element on lines of its own: {@code <p>…</p>}. */
    void wrapped(String tag, Node node) {
        out.line();
        open(tag, node);
        children(node);
        close(tag);
        out.line();
    }

    /** An element whose children start on a new line: {@code <ul>\n…\n</ul>}. */
    void indented(String tag, Node node, String... attributes) {
        out.line();
        open(tag, node, attributes);
        out.line();
        children(node);
        out.line();
        close(tag);
        out.line();
    }

    HtmlLines out() {
        return out;
    }

    ResolvedDocument document() {
        return document;
    }

    List<CitationMatch> citations(Node text) {
        return citations.get(text);
    }

    /** {@code <tag …>}: its own attributes, then {@code node}'s anchor (null: none). */
    void open(String tag, Node node, String... pairs) {
        out.raw("<" + tag + attributes.of(node, pairs) + ">");
    }

    /** {@code <tag … />}. */
    void empty(String tag, Node node, String... pairs) {
        out.raw("<" + tag + attributes.of(node, pairs) + " />");
    }

    void close(String tag) {
        out.raw("</" + tag + ">");
    }
}
