package org.compendium.core.model;

/** The three kinds of content document, each with its own folder under the content root. */
public enum DocumentKind {
    POLICY("policies", "政策文件"),
    INTERPRETATION("interpretations", "政策解读"),
    SUMMARY("summaries", "年度综述");

    private final String folder;
    private final String label;

    DocumentKind(String folder, String label) {
        this.folder = folder;
        this.label = label;
    }

    /** The top-level content folder holding this kind, e.g. {@code policies}. */
    public String folder() {
        return folder;
    }

    /** Chinese name of the kind, e.g. 政策文件. */
    public String label() {
        return label;
    }
}
