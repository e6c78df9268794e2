package org.compendium.core.render.html;

import java.util.StringJoiner;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Policy;
import org.compendium.core.model.SiteConfig;
import org.compendium.core.paths.SitePaths;

/** schema.org {@code Legislation} markup of a policy page, with its legal force from the status. */
final class JsonLd {

    private JsonLd() {
    }

    static String legislation(Policy policy, Compendium compendium) {
        var meta = policy.meta();
        SiteConfig site = compendium.config();
        StringJoiner issuers = new StringJoiner(",", "[", "]");
        meta.issuers().forEach(i -> issuers.add("{\"@type\":\"GovernmentOrganization\",\"name\":" + str(i) + "}"));
        StringBuilder out = new StringBuilder(512).append('{')
                .append("\"@context\":\"https://schema.org\",\"@type\":\"Legislation\"")
                .append(",\"name\":").append(str(policy.title()))
                .append(",\"url\":").append(str(SitePaths.publicUrl(compendium, policy, "")))
                .append(",\"inLanguage\":").append(str(site.language()))
                .append(",\"legislationDate\":").append(str(meta.issued().toString()))
                .append(",\"legislationDateOfApplicability\":").append(str(meta.effective().toString()))
                .append(",\"legislationPassedBy\":").append(issuers)
                .append(",\"legislationLegalForce\":").append(str(compendium.status(policy).legalForce()))
                .append(",\"legislationJurisdiction\":").append(str(site.publisher()));
        meta.docNumber().ifPresent(n -> out.append(",\"legislationIdentifier\":").append(str(n)));
        meta.expires().or(meta::repealed).ifPresent(d -> out.append(",\"expires\":").append(str(d.toString())));
        meta.category().ifPresent(c -> out.append(",\"about\":").append(str(c)));
        if (!meta.tags().isEmpty()) {
            out.append(",\"keywords\":").append(str(String.join(",", meta.tags())));
        }
        var changed = compendium.supersededPolicies(policy.id());
        if (!changed.isEmpty()) {
            StringJoiner list = new StringJoiner(",", "[", "]");
            changed.forEach(c -> list.add("{\"@type\":\"Legislation\",\"name\":" + str(c.title())
                    + ",\"url\":" + str(SitePaths.publicUrl(compendium, c, "")) + "}"));
            out.append(",\"legislationChanges\":").append(list);
        }
        return out.append('}').toString();
    }

    private static String str(String s) {
        return org.compendium.core.internal.Json.string(s);
    }
}
