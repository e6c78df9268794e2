package org.compendium.core.model;

/** Front matter of a document, validated and typed. */
public sealed interface DocumentMeta permits PolicyMeta, InterpretationMeta, SummaryMeta {

    /** Unique across all content; used in URLs and cross-references. */
    String id();

    String title();

    DocumentKind kind();
}
