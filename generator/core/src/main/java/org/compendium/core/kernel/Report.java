package org.compendium.core.kernel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** Reports a build can add to its diagnostics, as {@link Severity#INFO} lines, when asked. */
public enum Report {
    /** Every 《title》 in the text that names no document of the content, and so stays unlinked. */
    CITATIONS;

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a comma-separated list such as {@code citations}; blank means none. */
    public static Set<Report> parseList(String list) {
        Set<Report> reports = EnumSet.noneOf(Report.class);
        if (list == null || list.isBlank()) {
            return reports;
        }
        for (String name : list.split(",")) {
            reports.add(Arrays.stream(values()).filter(r -> r.lowerCase().equals(name.strip().toLowerCase(Locale.ROOT)))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("unknown report [" + name.strip()
                            + "]; expected " + Arrays.stream(values()).map(Report::lowerCase)
                            .collect(Collectors.joining(", ")))));
        }
        return reports;
    }
}
