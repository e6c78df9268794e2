package org.compendium.core.render;

import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.BulletListItem;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.ParagraphItemContainer;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NonRenderingInline;
import com.vladsch.flexmark.util.misc.CharPredicate;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** Block nodes as Flexmark's core renderer wrote them, raw HTML blocks as the sanitizer left them. */
final class BlockHtml {
    private static final CharPredicate LANGUAGE_DELIMITERS = CharPredicate.anyOf(" \t");
    private final BodyHtml body;
    private final HtmlLines out;
    private final BodyOptions options;
    private final ListOptions lists;
    private final TableHtml tables;

    BlockHtml(BodyHtml body, BodyOptions options) {
        this.body = body;
        this.out = body.out();
        this.options = options;
        this.lists = options.lists();
        this.tables = new TableHtml(body);
    }

    /** @return whether {@code node} is a block (rendered or, like a reference definition, not shown) */
    boolean render(Node node) {
        switch (node) {
            case Paragraph n -> paragraph(n);
            case Heading n -> body.wrapped("h" + n.getLevel(), n);
            case BulletListItem n -> item(n);
            case OrderedListItem n -> item(n);
            case BulletList n -> body.indented("ul", n);
            case OrderedList n -> orderedList(n);
            case BlockQuote n -> body.indented("blockquote", n);
            case FencedCodeBlock n -> fencedCode(n);
            case IndentedCodeBlock n -> code(n, null, n.getContentChars().trimTailBlankLines().normalizeEndWithEOL());
            case ThematicBreak n -> thematicBreak(n);
            case HtmlBlock n -> htmlBlock(n);
            case HtmlCommentBlock n -> { }
            case Reference n -> { }
            case FootnoteBlock n -> { }
            default -> {
                return tables.render(node);
            }
        }
        return true;
    }

    /** Skipped when it holds only non-rendering inlines; without {@code <p>} in a tight list item. */
    private void paragraph(Paragraph node) {
        if (node.getFirstChildAnyNot(NonRenderingInline.class) == null) {
            return;
        }
        if (node.getParent() instanceof ParagraphItemContainer container
                && container.isParagraphWrappingDisabled(node, lists, options.flexmark())) {
            body.children(node);
        } else {
            body.wrapped("p", node);
        }
    }

    private void orderedList(OrderedList node) {
        int start = node.getStartNumber();
        if (lists.isOrderedListManualStart() && start != 1) {
            body.indented("ol", node, "start", String.valueOf(start));
        } else {
            body.indented("ol", node);
        }
    }

    private void item(ListItem node) {
        out.line();
        body.open("li", node);
        out.text(node.getMarkerSuffix().unescape());
        body.children(node);
        body.close("li");
        out.line();
    }

    private void fencedCode(FencedCodeBlock node) {
        BasedSequence info = node.getInfo();
        String language = info.isNotNull() && !info.isBlank()
                ? "language-" + node.getInfoDelimitedByAny(LANGUAGE_DELIMITERS).unescape() : null;
        code(node, language, node.getContentChars().normalizeEOL());
    }

    private void code(Node node, String languageClass, String content) {
        out.line();
        body.open("pre", node);
        out.openPre();
        if (languageClass == null) {
            body.open("code", null);
        } else {
            body.open("code", null, "class", languageClass);
        }
        out.text(content);
        body.close("code");
        body.close("pre");
        out.closePre();
        out.line();
    }

    private void thematicBreak(ThematicBreak node) {
        out.line();
        body.empty("hr", node);
        out.line();
    }

    /** The sanitized XHTML on lines of its own; nothing when the sanitizer left nothing. */
    private void htmlBlock(HtmlBlock node) {
        String xhtml = body.document().rawHtml().get(node);
        if (xhtml != null && !xhtml.isEmpty()) {
            out.line();
            out.raw(xhtml);
            out.line();
        }
    }
}
