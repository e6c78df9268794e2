package org.compendium.core.render.html;

import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Status;
import org.compendium.core.paths.SitePaths;

/**
 * One row of a policy list: what list pages, the home page and feeds show of a policy.
 *
 * @param url       the policy's page relative to the site root, e.g. {@code policies/sl-kj-2024-02/index.html}
 * @param docNumber 发文字号, or empty
 * @param issued    issue date written the Chinese way (2024年1月20日)
 */
public record PolicyEntry(String id, String title, String url, String docNumber, String issued, String issuedIso,
                          String issuer, String category, Status status, int noteCount) {

    static PolicyEntry of(Policy policy, Compendium compendium) {
        var meta = policy.meta();
        return new PolicyEntry(policy.id(), policy.title(), SitePaths.page(policy), meta.docNumber().orElse(""),
                ChineseDates.format(meta.issued()), meta.issued().toString(), meta.issuerText(),
                meta.category().orElse(""), compendium.status(policy), compendium.interpretationsOf(policy.id()).size());
    }
}
