package org.compendium.core.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.InterpretationMeta;

/**
 * Transient inline node appended to a clause while its body renders: a marker linking to the passage of an
 * interpretation note that explains the clause.
 */
final class ClauseMarkerNode extends Node {
    private final ClauseNote note;
    private final InterpretationMeta interpretation;

    ClauseMarkerNode(ClauseNote note, InterpretationMeta interpretation) {
        this.note = note;
        this.interpretation = interpretation;
    }

    ClauseNote note() {
        return note;
    }

    InterpretationMeta interpretation() {
        return interpretation;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
