package org.compendium.core.preview;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.DocumentMeta;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Status;
import org.compendium.core.model.Summary;

/**
 * What other pages show of a document: its title, dates, status, issuers, category, notes and clause
 * labels. When a document's signature changes, the pages that mention it are rendered again.
 */
record DocumentSignature(String title, DocumentMeta meta, Status status, int noteCount, List<String> anchors,
                         List<ClauseNote> clauseNotes) {

    /** The signatures of the documents {@code ids} (those that exist in {@code c}). */
    static Map<String, DocumentSignature> of(Compendium c, Collection<String> ids) {
        Map<String, DocumentSignature> out = new HashMap<>();
        for (String id : ids) {
            c.document(id).ifPresent(d -> out.put(id, of(d, c, c.clauseNotesFrom(id))));
        }
        return out;
    }

    static Map<String, DocumentSignature> of(Compendium c) {
        return of(c, c.documents().stream().map(Document::id).toList());
    }

    /**
     * The documents whose signature an edit can change: the documents rendered again, the policies they
     * supersede (status) and the policies their notes explain (note count), before and after.
     */
    static Set<String> candidates(Compendium before, Compendium after, Set<String> rendered) {
        Set<String> out = new HashSet<>(rendered);
        for (Compendium c : List.of(before, after)) {
            for (String id : rendered) {
                c.supersededPolicies(id).forEach(p -> out.add(p.id()));
                c.document(id).filter(Interpretation.class::isInstance)
                        .ifPresent(i -> out.add(((Interpretation) i).meta().interprets()));
            }
        }
        return out;
    }

    private static DocumentSignature of(Document d, Compendium c, List<ClauseNote> notes) {
        return switch (d) {
            case Policy p -> new DocumentSignature(p.title(), p.meta(), c.status(p),
                    c.interpretationsOf(p.id()).size(), labels(p.body().anchors()), List.of());
            case Interpretation i -> new DocumentSignature(i.title(), i.meta(), null, 0, List.of(), notes);
            case Summary s -> new DocumentSignature(s.title(), s.meta(), null, 0, List.of(), List.of());
        };
    }

    /** Anchors as other pages show them (a note's clause labels): id, number and text, not the line. */
    private static List<String> labels(List<Anchor> anchors) {
        return anchors.stream().map(a -> a.id() + "\u0000" + a.number() + "\u0000" + a.text()).toList();
    }
}
