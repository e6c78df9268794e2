package org.compendium.core.render.html;

import java.util.List;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.ClauseLabels;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Interpretation;
import org.compendium.core.paths.SitePaths;

/**
 * An interpretation note as lists and policy pages show it.
 *
 * @param url     the note's page relative to the site root
 * @param clauses the clauses of the policy it explains, in note order
 */
public record NoteEntry(String id, String title, String url, String form, String issued, String issuedIso,
                        String policyTitle, String policyUrl, List<ClauseLink> clauses) {

    /**
     * A clause a note explains.
     *
     * @param label   the clause named in full ({@link ClauseLabels}), e.g. 第四条, 第五条第（五）项
     * @param anchor  the clause anchor in the policy
     * @param passage the anchor of the explaining passage in the note
     */
    public record ClauseLink(String label, String anchor, String passage) {
    }

    static NoteEntry of(Interpretation note, Compendium compendium) {
        var meta = note.meta();
        var policy = compendium.policy(meta.interprets()).orElseThrow();
        List<Anchor> anchors = policy.body().anchors();
        // Only the links into the interpreted policy: a link to another policy's 第九条 is no clause of this one.
        List<ClauseLink> clauses = compendium.clauseNotesFrom(note.id()).stream()
                .filter(n -> n.policyId().equals(policy.id()))
                .map(n -> new ClauseLink(label(anchors, n), n.anchor(), n.passage())).toList();
        return new NoteEntry(note.id(), note.title(), SitePaths.page(note), meta.form().label(),
                ChineseDates.format(meta.issued()), meta.issued().toString(), policy.title(),
                SitePaths.page(policy), clauses);
    }

    private static String label(List<Anchor> anchors, ClauseNote note) {
        return ClauseLabels.of(anchors, note.anchor()).orElse(note.anchor());
    }
}
