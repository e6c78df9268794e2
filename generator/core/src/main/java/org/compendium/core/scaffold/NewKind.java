package org.compendium.core.scaffold;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What {@code compendium new} can start: its template under {@code templates/new/} and its folder. */
public enum NewKind {
    /** A policy text: {@code policies/YYYY/ID.md}, YYYY the year of issue. */
    POLICY,
    /** An interpretation note (政策解读): {@code interpretations/ID.md}. */
    NOTE,
    /** An annual summary (年度综述): {@code summaries/YYYY.md}, the id being the year. */
    SUMMARY;

    public String lowerCase() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The template that writes it, under the templates folder. */
    public String template() {
        return "new/" + lowerCase() + ".md.ftl";
    }

    /** @throws IllegalArgumentException naming the kinds there are */
    public static NewKind parse(String text) {
        String wanted = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(k -> k.lowerCase().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown kind of document [" + text + "]; expected "
                        + Arrays.stream(values()).map(NewKind::lowerCase).collect(Collectors.joining(", "))));
    }
}
