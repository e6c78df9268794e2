package org.compendium.core.model;

/** Front matter of an annual summary ({@code summaries/YYYY.md}). Its id is {@code summary-YYYY}. */
public record SummaryMeta(int year, String title) implements DocumentMeta {

    public static String idFor(int year) {
        return "summary-" + year;
    }

    @Override
    public String id() {
        return idFor(year);
    }

    @Override
    public DocumentKind kind() {
        return DocumentKind.SUMMARY;
    }
}
