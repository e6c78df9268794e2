package org.compendium.core.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import org.compendium.core.model.Body;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.model.TextSegment;
import org.compendium.core.parse.MarkdownParser;
import org.compendium.core.parse.TextSegments;
import org.compendium.core.resolve.CitationMatch;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * Renders a resolved document's Markdown to the format-neutral XHTML {@link Body} that the site, the EPUB
 * and the PDF all start from, with Flexmark's {@link HtmlRenderer} and the compendium's rules: its node
 * renderer ({@link BodyNodeRenderer}), attribute provider ({@link BodyAttributes}) and link resolver
 * ({@link BodyLinks}). One instance is thread-safe; each document must be rendered by one thread at a time.
 *
 * <p>A hand-written copy of Flexmark's renderer was measured against this and did not earn its place (under
 * the 10 % of the 2,000-policy build a fork must save; docs/benchmarks.md, "Forks of Flexmark").
 */
public final class BodyRenderer {
    private final HtmlRenderer renderer;

    public BodyRenderer() {
        MutableDataSet options = new MutableDataSet(MarkdownParser.options());
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.INDENT_SIZE, 0);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        // Attributes embedded in the tree come from no extension used here; the provider looks for them among the
        // children of the node being rendered, which for the footnotes written at the end is the whole document:
        // a body of n paragraphs and n footnotes took n² steps (30,000 footnotes: 24 s; UnboundedWorkTest).
        options.set(HtmlRenderer.EMBEDDED_ATTRIBUTE_PROVIDER, false);
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(rendererOptions -> new BodyNodeRenderer())
                .attributeProviderFactory(new BodyAttributes.Factory())
                .linkResolverFactory(new BodyLinks.Factory())
                .build();
    }

    /**
     * @param citations     automatic citation links of this document, per text node
     * @param notes         for a policy: its clause anchors → the note passages explaining them
     * @param notesMeta     interpretation metadata by id, for marker labels
     */
    public Body render(ResolvedDocument document, Map<Node, List<CitationMatch>> citations,
                       Map<String, List<ClauseNote>> notes, Map<String, InterpretationMeta> notesMeta) {
        var source = document.source();
        var ast = source.ast();
        List<ClauseMarkerNode> markers = ClauseMarkers.add(document, notes, notesMeta);
        String html;
        try {
            ast.set(BodyContext.KEY, new BodyContext(document, citations));
            html = FootnoteBackrefs.join(renderer.render(ast));
        } finally {
            ClauseMarkers.remove(markers);
            ast.remove(BodyContext.KEY);
        }
        var title = source.valueAt("title");
        return new Body(html, source.anchors().all(),
                TextSegments.of(ast, source.anchors(), source.source().lines()),
                new TextSegment.LineStart(title.line(), title.column()));
    }
}
