package org.compendium.core.kernel;

/**
 * How bad a {@link Diagnostic} is. Any {@link #ERROR} fails the build; an {@link #INFO} is no problem, only
 * what a report the user asked for lists (e.g. {@code --report citations}).
 */
public enum Severity {
    ERROR("error"),
    WARNING("warning"),
    INFO("info");

    private final String label;

    Severity(String label) {
        this.label = label;
    }

    /** The lower-case word printed in a diagnostic line, e.g. {@code error}. */
    public String label() {
        return label;
    }
}
