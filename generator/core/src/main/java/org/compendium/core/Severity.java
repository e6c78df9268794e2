package org.compendium.core;

/** How bad a {@link Diagnostic} is. Any {@link #ERROR} fails the build. */
public enum Severity {
    ERROR("error"),
    WARNING("warning");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in a diagnostic line, e.g. {@code error}. */
    public String label() {
        return label;
    }
}
