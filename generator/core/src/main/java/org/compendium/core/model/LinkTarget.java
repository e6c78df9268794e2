package org.compendium.core.model;

/** Where a link in the content goes, independent of the output format. */
public sealed interface LinkTarget {

    /** A URL outside the compendium (http, https, mailto, tel). */
    record External(String url) implements LinkTarget {
    }

    /** Another (or the same) content document, optionally at an anchor; fragment is empty for none. */
    record DocumentRef(String id, String fragment) implements LinkTarget {
        public boolean hasFragment() {
            return !fragment.isEmpty();
        }
    }

    /** A file under {@code assets/}, path relative to the content root. */
    record Asset(String path) implements LinkTarget {
    }

    /**
     * The canonical form written into rendered bodies: {@code xref:ID#fragment}, {@code asset:path} or the
     * external URL. Every output format rewrites the first two to its own targets.
     */
    default String canonical() {
        return switch (this) {
            case External e -> e.url();
            case DocumentRef d -> "xref:" + d.id() + (d.hasFragment() ? "#" + d.fragment() : "");
            case Asset a -> "asset:" + a.path();
        };
    }
}
