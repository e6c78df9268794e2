package org.compendium.core.render;

import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.Map;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.parse.MarkdownParser;
import org.compendium.core.resolve.CitationMatch;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * The body XHTML as the compendium rendered it with Flexmark's {@code HtmlRenderer} (its node renderer,
 * attribute provider and link resolver), kept as the oracle that {@link BodyRenderer} must match byte for byte.
 */
final class FlexmarkBodyOracle {
    private final HtmlRenderer renderer;

    FlexmarkBodyOracle() {
        MutableDataSet options = new MutableDataSet(MarkdownParser.options());
        options.set(HtmlRenderer.GENERATE_HEADER_ID, false);
        options.set(HtmlRenderer.RENDER_HEADER_ID, false);
        options.set(HtmlRenderer.INDENT_SIZE, 0);
        options.set(HtmlRenderer.SOFT_BREAK, "\n");
        this.renderer = HtmlRenderer.builder(options)
                .nodeRendererFactory(options1 -> new BodyNodeRenderer())
                .attributeProviderFactory(new BodyAttributes.Factory())
                .linkResolverFactory(new BodyLinks.Factory())
                .build();
    }

    /** The body's XHTML, as {@link BodyRenderer#render} renders it. */
    String render(ResolvedDocument document, Map<Node, List<CitationMatch>> citations,
                  Map<String, List<ClauseNote>> notes, Map<String, InterpretationMeta> notesMeta) {
        var ast = document.source().ast();
        List<ClauseMarkerNode> markers = ClauseMarkers.add(document, notes, notesMeta);
        try {
            ast.set(BodyContext.KEY, new BodyContext(document, citations));
            return renderer.render(ast);
        } finally {
            ClauseMarkers.remove(markers);
            ast.remove(BodyContext.KEY);
        }
    }
}
