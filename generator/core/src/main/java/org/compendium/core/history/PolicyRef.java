package org.compendium.core.history;

import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Policy;

/**
 * A policy as a change report or a history names it; links are the format's business (its id).
 *
 * @param docNumber 发文字号 as written, or empty
 * @param issued    2024年1月20日
 */
public record PolicyRef(String id, String title, String docNumber, String issued, String issuedIso, String effective,
                        String effectiveIso,
                        String issuer, String category) {

    public static PolicyRef of(Policy p) {
        var m = p.meta();
        return new PolicyRef(p.id(), p.title(), m.docNumber().orElse(""), ChineseDates.format(m.issued()),
                m.issued().toString(), ChineseDates.format(m.effective()), m.effective().toString(), String.join("、", m.issuers()),
                m.category().orElse(""));
    }
}
