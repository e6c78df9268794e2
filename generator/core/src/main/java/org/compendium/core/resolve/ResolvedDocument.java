package org.compendium.core.resolve;

import com.vladsch.flexmark.util.ast.Node;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.model.Reference;

/**
 * A document whose links are resolved: the target of every link and image node, the sanitized form of
 * every raw HTML node, and the references it makes.
 */
public record ResolvedDocument(SourceDocument source, Map<Node, LinkTarget> links, Map<Node, String> rawHtml,
                               List<Reference> references) {

    public Optional<LinkTarget> target(Node node) {
        return Optional.ofNullable(links.get(node));
    }

    public String id() {
        return source.id();
    }
}
