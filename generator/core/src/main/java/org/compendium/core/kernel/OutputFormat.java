package org.compendium.core.kernel;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** The outputs a build can write. */
public enum OutputFormat {
    HTML, PDF, EPUB;

    public static Optional<OutputFormat> parse(String name) {
        return Arrays.stream(values()).filter(f -> f.name().equalsIgnoreCase(name.strip())).findFirst();
    }

    /** Parses a comma-separated list such as {@code html,pdf}; blank means all. */
    public static Set<OutputFormat> parseList(String list) {
        if (list == null || list.isBlank()) {
            return EnumSet.allOf(OutputFormat.class);
        }
        Set<OutputFormat> formats = EnumSet.noneOf(OutputFormat.class);
        for (String name : list.split(",")) {
            formats.add(parse(name).orElseThrow(() -> new IllegalArgumentException(
                    "unknown format [" + name.strip() + "]; expected html, pdf or epub")));
        }
        return formats;
    }

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }
}
