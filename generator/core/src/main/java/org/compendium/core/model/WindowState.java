package org.compendium.core.model;

/** Where an application window (申报时间) stands on a given date. */
public enum WindowState {
    OPEN("申报中", "open"),
    UPCOMING("尚未开始", "upcoming"),
    CLOSED("已截止", "closed"),
    ROLLING("常年受理", "rolling");

    private final String label;
    private final String slug;

    WindowState(String label, String slug) {
        this.label = label;
        this.slug = slug;
    }

    /** The Chinese label, e.g. 申报中. */
    public String label() {
        return label;
    }

    /** ASCII name for CSS classes and data attributes, e.g. {@code open}. */
    public String slug() {
        return slug;
    }
}
