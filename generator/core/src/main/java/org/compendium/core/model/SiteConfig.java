package org.compendium.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code compendium.yaml}: the compendium's title, publisher, public URL, language and the date
 * statuses are computed for.
 *
 * @param baseUrl absolute public URL of the site, ending in {@code /}
 * @param asOf    date of the status shown on the site; empty means the build date
 * @param guidance the vocabularies and offices of policies' {@code apply:} blocks (政策兑现)
 */
public record SiteConfig(String title, String publisher, String baseUrl, String language, Optional<LocalDate> asOf,
                         Guidance guidance) {

    /** A configuration with the default vocabularies and no offices. */
    public SiteConfig(String title, String publisher, String baseUrl, String language, Optional<LocalDate> asOf) {
        this(title, publisher, baseUrl, language, asOf, Guidance.DEFAULT);
    }
}
