package org.compendium.core.render;

import com.vladsch.flexmark.util.ast.Node;
import java.util.HashMap;
import java.util.Map;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * The URL each link is written with, resolved as Flexmark's renderer resolved it through the compendium's
 * link resolver: the node's target in canonical form; a {@code #fragment} as it is; anything else {@code #}
 * and unknown. Like Flexmark, the first link of a kind with a given URL decides for all later ones, and an
 * empty URL is not resolved.
 */
final class LinkResolutions {
    /** Flexmark's link types: a reference-style link with no definition is resolved by its reference. */
    enum Kind { LINK, IMAGE, LINK_REF, IMAGE_REF }

    /** @param known whether a resolver knew the link (Flexmark's status other than {@code UNKNOWN}) */
    record Resolved(String url, boolean known) {
    }

    private record Key(Kind kind, String url) {
    }

    private final ResolvedDocument document;
    private final Map<Key, Resolved> resolved = new HashMap<>();

    LinkResolutions(ResolvedDocument document) {
        this.document = document;
    }

    Resolved resolve(Kind kind, String url, Node node) {
        return resolved.computeIfAbsent(new Key(kind, url), key -> url.isEmpty() ? new Resolved(url, false)
                : document.target(node).map(LinkTarget::canonical).map(canonical -> new Resolved(canonical, true))
                        .orElse(url.startsWith("#") ? new Resolved(url, true) : new Resolved("#", false)));
    }
}
