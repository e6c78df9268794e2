package org.compendium.core.resolve;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.Diagnostic;

/**
 * What resolving one document gave: its links, its citations and the problems found in it. The preview
 * keeps these to resolve only the documents an edit affects.
 *
 * @param citations   automatic citation links per text node of the document's AST
 * @param diagnostics the document's own link and HTML problems
 */
public record DocumentResolution(ResolvedDocument document, Map<Node, List<CitationMatch>> citations,
                                 List<Diagnostic> diagnostics) {

    public DocumentResolution {
        diagnostics = List.copyOf(diagnostics);
    }
}
