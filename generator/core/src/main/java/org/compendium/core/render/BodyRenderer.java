package org.compendium.core.render;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Map;
import org.compendium.core.model.Body;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.model.TextSegment;
import org.compendium.core.parse.TextSegments;
import org.compendium.core.resolve.CitationMatch;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * Renders a resolved document's Markdown to the format-neutral XHTML {@link Body}. One instance is
 * thread-safe; each document must be rendered by one thread at a time.
 */
public final class BodyRenderer {
    private final BodyOptions options = BodyOptions.parser();

    /**
     * @param citations     automatic citation links of this document, per text node
     * @param notes         for a policy: its clause anchors → the note passages explaining them
     * @param notesMeta     interpretation metadata by id, for marker labels
     */
    public Body render(ResolvedDocument document, Map<Node, List<CitationMatch>> citations,
                       Map<String, List<ClauseNote>> notes, Map<String, InterpretationMeta> notesMeta) {
        List<ClauseMarkerNode> markers = ClauseMarkers.add(document, notes, notesMeta);
        try {
            String html = FootnoteBackrefs.join(new BodyHtml(document, citations, options).render(document.source().ast()));
            var source = document.source();
            var title = source.valueAt("title");
            return new Body(html, source.anchors().all(),
                    TextSegments.of(source.ast(), source.anchors(), source.source().lines()),
                    new TextSegment.LineStart(title.line(), title.column()));
        } finally {
            ClauseMarkers.remove(markers);
        }
    }
}
