package org.compendium.core.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.List;
import java.util.Map;
import org.compendium.core.resolve.CitationMatch;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * What the node renderer, attribute provider and link resolver of {@link BodyRenderer} need to know about the
 * document being rendered, attached to its AST.
 *
 * @param citations automatic citation links per text node
 */
record BodyContext(ResolvedDocument document, Map<Node, List<CitationMatch>> citations) {

    static final NullableDataKey<BodyContext> KEY = new NullableDataKey<>("COMPENDIUM_BODY_CONTEXT");
}
