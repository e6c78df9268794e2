package org.compendium.core.render.epub;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Summary;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.paths.UrlPaths;

/**
 * Where each document of an edition lives in the book (all content files sit beside the package
 * document), and where a link goes: a chapter of the book when the target is in the edition, the
 * public site otherwise.
 */
final class EditionLayout {
    static final String PREFACE = "preface.xhtml";
    private final Compendium compendium;
    /** Ids of the documents in the edition (a set: {@link Edition#contains} scans lists, too slow per link). */
    private final Set<String> included = new HashSet<>();

    EditionLayout(Compendium compendium, Edition edition) {
        this.compendium = compendium;
        edition.summary().ifPresent(s -> included.add(s.id()));
        for (Policy p : edition.policies()) {
            included.add(p.id());
            compendium.interpretationsOf(p.id()).forEach(i -> included.add(i.id()));
        }
    }

    /** The chapter file of a document, e.g. {@code policy-sl-kj-2024-02.xhtml}. */
    static String file(Document doc) {
        return switch (doc) {
            case Policy p -> "policy-" + p.id() + ".xhtml";
            case Interpretation i -> "note-" + i.id() + ".xhtml";
            case Summary s -> PREFACE;
        };
    }

    /** The manifest id of a document's chapter. */
    static String itemId(Document doc) {
        String file = file(doc);
        return file.substring(0, file.length() - ".xhtml".length());
    }

    /** The divider page of the n-th category (1-based). */
    static String partFile(int n) {
        return String.format(java.util.Locale.ROOT, "part-%02d.xhtml", n);
    }

    /** The book-internal URL of a document in this edition, or empty when it is not in the edition. */
    Optional<String> internal(Document doc, String fragment) {
        if (!included.contains(doc.id())) {
            return Optional.empty();
        }
        return Optional.of(file(doc) + (fragment.isEmpty() ? "" : "#" + fragment));
    }

    /** The public site URL of a document (for targets outside the edition). */
    String external(Document doc, String fragment) {
        return SitePaths.publicUrl(compendium, doc, fragment);
    }

    /** The URL of a document reference as this book writes it; empty when the id is unknown. */
    Optional<String> href(LinkTarget.DocumentRef ref) {
        return compendium.document(ref.id()).map(doc -> internal(doc, ref.fragment())
                .orElseGet(() -> external(doc, ref.fragment())));
    }

    /** The public URL of an asset, for links to files the book does not embed. */
    String externalAsset(String path) {
        return compendium.config().baseUrl() + UrlPaths.encode(path);
    }
}
