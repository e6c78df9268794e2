package org.compendium.core.model;

/** An annual summary (年度综述), the preface of that year's edition. */
public record Summary(SummaryMeta meta, String path, Body body) implements Document {

    public int year() {
        return meta.year();
    }
}
