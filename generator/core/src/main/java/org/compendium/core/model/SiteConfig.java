package org.compendium.core.model;

import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code compendium.yaml}: the compendium's title, publisher, public URL, language and the date
 * statuses are computed for.
 *
 * @param baseUrl absolute public URL of the site, ending in {@code /}
 * @param asOf    date of the status shown on the site; empty means the build date
 */
public record SiteConfig(String title, String publisher, String baseUrl, String language, Optional<LocalDate> asOf) {
}
