package org.compendium.core;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.Compendium;
import org.compendium.core.resolve.ResolvedContent;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * The documents whose bodies must be rendered again: those resolved again, and the policies whose clause
 * markers come from a note that was resolved again (by the note's clause links before and after).
 */
final class BodiesToRender {

    private BodiesToRender() {
    }

    /** @param againPaths paths of the documents resolved again */
    static Set<String> of(Compendium before, ResolvedContent now, Set<String> againPaths) {
        Set<String> ids = new HashSet<>();
        for (ResolvedDocument doc : now.documents()) {
            if (againPaths.contains(doc.source().path())) {
                ids.add(doc.id());
            }
        }
        Set<String> notes = Set.copyOf(ids);
        Stream.concat(before.clauseNotes().stream(), now.clauseNotes().stream())
                .filter(n -> notes.contains(n.interpretationId())).map(ClauseNote::policyId).forEach(ids::add);
        return ids;
    }

    /**
     * The same without going through every document: for the short way of {@link TextEditShortcut}.
     *
     * @param notes the clause notes of the documents resolved again, by id (a note's links now)
     */
    static Set<String> of(Compendium before, Map<String, List<ClauseNote>> notes) {
        Set<String> ids = new HashSet<>(notes.keySet());
        notes.forEach((id, now) -> Stream.concat(before.clauseNotesFrom(id).stream(), now.stream())
                .map(ClauseNote::policyId).forEach(ids::add));
        return ids;
    }
}
