package org.compendium.core.model;

/** A rendered content document: a policy, an interpretation note or an annual summary. */
public sealed interface Document permits Policy, Interpretation, Summary {

    DocumentMeta meta();

    /** Source path relative to the content root, e.g. {@code policies/2019/xm-2019-12.md}. */
    String path();

    Body body();

    default String id() {
        return meta().id();
    }

    default String title() {
        return meta().title();
    }

    default DocumentKind kind() {
        return meta().kind();
    }
}
