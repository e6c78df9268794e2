package org.compendium.core.render;

import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.util.ast.Document;
import java.util.List;

/**
 * Footnotes as Flexmark's footnote renderer wrote them: a numbered reference where the text cites one, and the
 * referenced footnotes in order of first reference at the end of the body, each with links back.
 */
final class FootnoteHtml {
    private final BodyHtml body;
    private final HtmlLines out;

    FootnoteHtml(BodyHtml body) {
        this.body = body;
        this.out = body.out();
    }

    /** {@code [^label]}: a superscript link, or the text itself when no footnote has the label. */
    void reference(Footnote node) {
        FootnoteBlock block = node.getFootnoteBlock();
        if (block == null) {
            out.raw("[^");
            body.children(node);
            out.raw("]");
            return;
        }
        int ordinal = block.getFootnoteOrdinal();
        body.open("sup", node, "id", "fnref-" + ordinal + suffix(node.getReferenceOrdinal()));
        body.open("a", node, "class", "footnote-ref", "href", "#fn-" + ordinal);
        out.raw(String.valueOf(ordinal));
        body.close("a");
        body.close("sup");
    }

    /** Numbers the referenced footnotes in order of first reference, as Flexmark did before every rendering. */
    void number(Document document) {
        FootnoteExtension.FOOTNOTES.get(document).resolveFootnoteOrdinals();
    }

    /** The footnotes section; nothing when no footnote is referenced. */
    void section(Document document) {
        List<FootnoteBlock> blocks = FootnoteExtension.FOOTNOTES.get(document).getReferencedFootnoteBlocks();
        if (blocks.isEmpty()) {
            return;
        }
        out.line();
        body.open("div", document, "class", "footnotes");
        out.line().line();
        body.empty("hr", null);
        out.line().line();
        body.open("ol", null);
        out.line();
        for (FootnoteBlock block : blocks) {
            footnote(document, block);
        }
        out.line();
        body.close("ol");
        out.line().line();
        body.close("div");
        out.line();
    }

    private void footnote(Document document, FootnoteBlock block) {
        int ordinal = block.getFootnoteOrdinal();
        out.line();
        body.open("li", document, "id", "fn-" + ordinal);
        out.line();
        body.children(block);
        for (int i = 0; i < block.getFootnoteReferences(); i++) {
            out.line();
            body.open("a", document, "href", "#fnref-" + ordinal + suffix(i), "class", "footnote-backref");
            out.raw("&#8617;");
            body.close("a");
        }
        out.line();
        body.close("li");
        out.line();
    }

    private static String suffix(int referenceOrdinal) {
        return referenceOrdinal == 0 ? "" : "-" + referenceOrdinal;
    }
}
