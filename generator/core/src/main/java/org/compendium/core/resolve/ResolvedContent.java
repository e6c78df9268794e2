package org.compendium.core.resolve;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.SiteConfig;

/**
 * The content with every cross-reference resolved: ready to render.
 *
 * @param documents  sorted by path
 * @param citations  automatic citation links per document id, per text node
 * @param clauseNotes every interpretation passage that links to a policy clause, in document order
 */
public record ResolvedContent(SiteConfig config, List<ResolvedDocument> documents,
                              Map<String, Map<Node, List<CitationMatch>>> citations,
                              List<ClauseNote> clauseNotes, Set<String> assets) {
}
