package org.compendium.core.resolve;

import java.util.List;
import org.compendium.core.model.ClauseNote;

/**
 * One document resolved again on its own (the preview's incremental rebuild): its resolution and the
 * clause notes it makes, as a whole resolve would give them.
 *
 * @param clauseNotes for an interpretation note, the policy clauses its passages explain, in document order
 */
public record ResolvedAgain(DocumentResolution resolution, List<ClauseNote> clauseNotes) {

    public ResolvedAgain {
        clauseNotes = List.copyOf(clauseNotes);
    }
}
