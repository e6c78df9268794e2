package org.compendium.core.history;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.compendium.core.internal.Json;

/**
 * {@code changes-YYYY.json}: an edition's change report for machines. Dates are ISO, links absolute
 * (the public site's), counts as in the report.
 */
public final class ChangeReportJson {
    private ChangeReportJson() {
    }

    /**
     * @param url the public URL of a policy by id
     * @param compareUrl the public URL of the comparison page of a revision (old id, new id)
     */
    public static String write(ChangeReport r, Function<String, String> url,
                               java.util.function.BiFunction<String, String, String> compareUrl) {
        StringBuilder out = new StringBuilder("{\n");
        out.append("  \"edition\": ").append(r.year()).append(",\n");
        out.append("  \"date\": ").append(Json.string(r.year() + "-12-31")).append(",\n");
        out.append("  \"previous_edition\": ").append(r.first() ? "null" : String.valueOf(r.previousYear())).append(",\n");
        out.append("  \"policies\": ").append(r.total()).append(",\n");
        out.append("  \"previous_policies\": ").append(r.first() ? "null" : String.valueOf(r.previousTotal())).append(",\n");
        out.append("  \"counts\": {\"added\": ").append(r.added().size()).append(", \"revised\": ")
                .append(r.revised().size()).append(", \"repealed\": ").append(r.repealed().size())
                .append(", \"expired\": ").append(r.expired().size()).append(", \"corrected\": ")
                .append(r.historyNote().isEmpty() ? String.valueOf(r.corrected().size()) : "null")
                .append(", \"unchanged\": ").append(r.unchanged()).append("},\n");
        out.append("  \"added\": ").append(array(r.added().stream().map(p -> policy(p, url)).toList())).append(",\n");
        out.append("  \"revised\": ").append(array(r.revised().stream().map(x -> "{\"before\": " + policy(x.before(), url)
                + ", \"after\": " + policy(x.after(), url) + ", \"effective\": " + Json.string(x.after().effectiveIso())
                + ", \"comparison\": " + Json.string(compareUrl.apply(x.before().id(), x.after().id()))
                + ", \"clauses\": " + counts(x.comparison()) + "}").toList())).append(",\n");
        out.append("  \"repealed\": ").append(array(r.repealed().stream().map(e -> ended(e, url)).toList())).append(",\n");
        out.append("  \"expired\": ").append(array(r.expired().stream().map(e -> ended(e, url)).toList())).append(",\n");
        out.append("  \"corrected\": ").append(array(r.corrected().stream().map(c -> "{\"policy\": " + policy(c.policy(), url)
                + ", \"commits\": " + array(c.commits().stream().map(k -> "{\"commit\": " + Json.string(k.commit())
                + ", \"date\": " + Json.string(k.dateIso()) + ", \"subject\": " + Json.string(k.subject()) + "}").toList())
                + ", \"clauses\": " + counts(c.comparison()) + "}").toList())).append(",\n");
        out.append("  \"note\": ").append(r.historyNote().isEmpty() ? "null" : Json.string(r.historyNote())).append("\n}\n");
        return out.toString();
    }

    private static String policy(PolicyRef p, Function<String, String> url) {
        return "{\"id\": " + Json.string(p.id()) + ", \"title\": " + Json.string(p.title()) + ", \"doc_number\": "
                + (p.docNumber().isEmpty() ? "null" : Json.string(p.docNumber())) + ", \"issued\": "
                + Json.string(p.issuedIso()) + ", \"url\": " + Json.string(url.apply(p.id())) + "}";
    }

    private static String ended(ChangeReport.Ended e, Function<String, String> url) {
        return "{\"policy\": " + policy(e.policy(), url) + ", \"date\": " + Json.string(e.dateIso()) + ", \"reason\": "
                + Json.string(e.reason()) + "}";
    }

    private static String counts(Comparison c) {
        return "{\"inserted\": " + c.inserted() + ", \"deleted\": " + c.deleted() + ", \"modified\": " + c.modified()
                + ", \"unchanged\": " + c.unchanged() + "}";
    }

    private static String array(List<String> items) {
        if (items.isEmpty()) {
            return "[]";
        }
        List<String> lines = new ArrayList<>();
        items.forEach(i -> lines.add("    " + i));
        return "[\n" + String.join(",\n", lines) + "\n  ]";
    }
}
