package org.compendium.core.render;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.html.HtmlWriter;
import com.vladsch.flexmark.html.renderer.NodeRenderer;
import com.vladsch.flexmark.html.renderer.NodeRendererContext;
import com.vladsch.flexmark.html.renderer.NodeRenderingHandler;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Set;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.parse.MarkdownText;
import org.compendium.core.resolve.CitationMatch;

/**
 * Flexmark rendering rules of the compendium: citation links in text, CJK-aware soft line breaks,
 * entities as characters (valid XHTML), sanitized raw HTML, and clause markers for interpretation notes.
 * Part of {@link BodyRenderer}.
 */
final class BodyNodeRenderer implements NodeRenderer {

    @Override
    public Set<NodeRenderingHandler<?>> getNodeRenderingHandlers() {
        return Set.of(
                new NodeRenderingHandler<>(Text.class, this::text),
                new NodeRenderingHandler<>(SoftLineBreak.class, this::softBreak),
                new NodeRenderingHandler<>(HtmlEntity.class, (n, c, h) -> h.text(n.getChars().unescape())),
                new NodeRenderingHandler<>(HtmlBlock.class, (n, c, h) -> raw(n, c, h, true)),
                new NodeRenderingHandler<>(HtmlCommentBlock.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(HtmlInline.class, (n, c, h) -> raw(n, c, h, false)),
                new NodeRenderingHandler<>(HtmlInlineComment.class, (n, c, h) -> { }),
                new NodeRenderingHandler<>(ClauseMarkerNode.class, this::marker));
    }

    private void text(Text node, NodeRendererContext context, HtmlWriter html) {
        BodyContext body = BodyContext.KEY.get(context.getDocument());
        List<CitationMatch> matches = body == null ? null : body.citations().get(node);
        BasedSequence chars = node.getChars();
        if (matches == null) {
            text(html, chars);
            return;
        }
        int at = 0;
        for (CitationMatch m : matches) {
            text(html, chars.subSequence(at, m.start()));
            String href = new LinkTarget.DocumentRef(m.targetId(), "").canonical();
            html.raw("<a class=\"citation\" href=\"" + Xml.escape(href) + "\">");
            text(html, chars.subSequence(m.start(), m.end()));
            html.raw("</a>");
            at = m.end();
        }
        text(html, chars.subSequence(at));
    }

    private static void text(HtmlWriter html, BasedSequence chars) {
        html.raw(MarkdownText.escapeHtml(MarkdownText.unescape(chars)));
    }

    /** A line break inside a paragraph: nothing between two Chinese characters, a space otherwise (our rule). */
    private void softBreak(SoftLineBreak node, NodeRendererContext context, HtmlWriter html) {
        html.raw(SoftBreaks.joinsWide(node) ? "" : "\n");
    }

    private void raw(Node node, NodeRendererContext context, HtmlWriter html, boolean block) {
        BodyContext body = BodyContext.KEY.get(context.getDocument());
        String xhtml = body == null ? null : body.document().rawHtml().get(node);
        if (xhtml != null && !xhtml.isEmpty()) {
            if (block) {
                html.line();
            }
            html.raw(xhtml);
            if (block) {
                html.line();
            }
        }
    }

    private void marker(ClauseMarkerNode node, NodeRendererContext context, HtmlWriter html) {
        var note = node.note();
        String href = new LinkTarget.DocumentRef(note.interpretationId(), note.passage()).canonical();
        html.raw("<a class=\"clause-note\" href=\"" + Xml.escape(href) + "\" title=\""
                + Xml.escape(node.interpretation().title()) + "\">"
                + Xml.escape(node.interpretation().form().label()) + "</a>");
    }
}
