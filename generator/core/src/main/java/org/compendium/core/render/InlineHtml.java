package org.compendium.core.render;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.List;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.parse.MarkdownText;
import org.compendium.core.resolve.CitationMatch;

/**
 * Inline nodes: text with its citation links, CJK-aware soft line breaks, entities as characters (valid
 * XHTML), sanitized raw HTML, code, emphasis, clause markers; links and footnotes by their own classes.
 */
final class InlineHtml {
    private final BodyHtml body;
    private final HtmlLines out;
    private final LinkHtml links;
    private final FootnoteHtml footnotes;

    InlineHtml(BodyHtml body, FootnoteHtml footnotes) {
        this.body = body;
        this.out = body.out();
        this.links = new LinkHtml(body);
        this.footnotes = footnotes;
    }

    void render(Node node) {
        switch (node) {
            case Text n -> text(n);
            case SoftLineBreak n -> out.raw(SoftBreaks.joinsWide(n) ? "" : "\n");
            case HardLineBreak n -> out.raw("<br />\n");
            case HtmlEntity n -> out.text(n.getChars().unescape());
            case HtmlInline n -> htmlInline(n);
            case HtmlInlineComment n -> { }
            case Code n -> code(n);
            case Emphasis n -> element("em", n);
            case StrongEmphasis n -> element("strong", n);
            case Strikethrough n -> element("del", n);
            case TextBase n -> body.children(n);
            case Footnote n -> footnotes.reference(n);
            case ClauseMarkerNode n -> marker(n);
            default -> links.render(node);
        }
    }

    /** The text, its automatic citations as links. */
    private void text(Text node) {
        List<CitationMatch> matches = body.citations(node);
        BasedSequence chars = node.getChars();
        if (matches == null) {
            text(chars);
            return;
        }
        int at = 0;
        for (CitationMatch m : matches) {
            text(chars.subSequence(at, m.start()));
            String href = new LinkTarget.DocumentRef(m.targetId(), "").canonical();
            out.raw("<a class=\"citation\" href=\"" + Xml.escape(href) + "\">");
            text(chars.subSequence(m.start(), m.end()));
            out.raw("</a>");
            at = m.end();
        }
        text(chars.subSequence(at));
    }

    private void text(BasedSequence chars) {
        out.raw(MarkdownText.escapeHtml(MarkdownText.unescape(chars)));
    }

    private void htmlInline(HtmlInline node) {
        String xhtml = body.document().rawHtml().get(node);
        if (xhtml != null && !xhtml.isEmpty()) {
            out.raw(xhtml);
        }
    }

    private void code(Code node) {
        body.open("code", node);
        out.text(Escaping.collapseWhitespace(node.getText(), true));
        body.close("code");
    }

    private void element(String tag, Node node) {
        body.open(tag, node);
        body.children(node);
        body.close(tag);
    }

    /** A link to the passage of an interpretation note that explains the clause. */
    private void marker(ClauseMarkerNode node) {
        var note = node.note();
        String href = new LinkTarget.DocumentRef(note.interpretationId(), note.passage()).canonical();
        out.raw("<a class=\"clause-note\" href=\"" + Xml.escape(href) + "\" title=\""
                + Xml.escape(node.interpretation().title()) + "\">"
                + Xml.escape(node.interpretation().form().label()) + "</a>");
    }
}
