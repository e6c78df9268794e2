package org.compendium.core.model;

/** 时效性: whether a policy is in force on a given date. */
public enum Status {
    NOT_YET_EFFECTIVE("尚未生效", "not-yet-effective", "https://schema.org/NotInForce"),
    REPEALED("已废止", "repealed", "https://schema.org/NotInForce"),
    EXPIRED("已失效", "expired", "https://schema.org/NotInForce"),
    AMENDED("已修改", "amended", "https://schema.org/PartiallyInForce"),
    IN_FORCE("现行有效", "in-force", "https://schema.org/InForce");

    private final String label;
    private final String slug;
    private final String legalForce;

    Status(String label, String slug, String legalForce) {
        this.label = label;
        this.slug = slug;
        this.legalForce = legalForce;
    }

    /** The Chinese label, e.g. 现行有效. */
    public String label() {
        return label;
    }

    /** ASCII name for URLs and CSS classes, e.g. {@code in-force}. */
    public String slug() {
        return slug;
    }

    /** schema.org {@code legislationLegalForce} value. */
    public String legalForce() {
        return legalForce;
    }

    public boolean inForce() {
        return this == IN_FORCE;
    }
}
