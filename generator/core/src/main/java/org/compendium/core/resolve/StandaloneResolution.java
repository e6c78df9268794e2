package org.compendium.core.resolve;

import java.util.List;
import org.compendium.core.model.ClauseNote;

/**
 * One document resolved on its own against lookups of the whole content ({@code ContentCompiler}'s short way
 * for an edit of text only): its resolution and the clause notes it makes, as a whole resolve gives them.
 *
 * @param clauseNotes for an interpretation note, the policy clauses its passages explain, in document order
 */
public record StandaloneResolution(DocumentResolution resolution, List<ClauseNote> clauseNotes) {

    public StandaloneResolution {
        clauseNotes = List.copyOf(clauseNotes);
    }
}
