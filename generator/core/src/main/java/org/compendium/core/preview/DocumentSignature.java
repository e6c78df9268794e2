package org.compendium.core.preview;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

    static Map<String, DocumentSignature> of(Compendium c) {
        Map<String, List<ClauseNote>> byNote = new HashMap<>();
        c.clauseNotes().forEach(n -> byNote.computeIfAbsent(n.interpretationId(), k -> new java.util.ArrayList<>()).add(n));
        Map<String, DocumentSignature> out = new HashMap<>();
        for (Document d : c.documents()) {
            out.put(d.id(), of(d, c, byNote.getOrDefault(d.id(), List.of())));
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
