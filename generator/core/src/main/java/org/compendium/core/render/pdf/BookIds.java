package org.compendium.core.render.pdf;

import org.compendium.core.model.Document;

/**
 * Element ids in the combined book. Clause ids ({@code art-3}) repeat across documents, so each is
 * prefixed with its document's id: {@code sl-kj-2023-02--art-3}; a document's own section is its id.
 */
final class BookIds {
    static final String SEPARATOR = "--";

    private BookIds() {
    }

    static String section(String documentId) {
        return "d-" + documentId;
    }

    static String section(Document document) {
        return section(document.id());
    }

    static String anchor(String documentId, String fragment) {
        return fragment.isEmpty() ? section(documentId) : section(documentId) + SEPARATOR + fragment;
    }
}
