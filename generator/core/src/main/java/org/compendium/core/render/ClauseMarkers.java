package org.compendium.core.render;

import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * Puts a {@link ClauseMarkerNode} at the end of each clause that interpretation notes explain (in a list
 * item, at the end of its first paragraph), for the time the body renders.
 */
final class ClauseMarkers {

    private ClauseMarkers() {
    }

    /** @return the markers added, for {@link #remove} */
    static List<ClauseMarkerNode> add(ResolvedDocument document, Map<String, List<ClauseNote>> notes,
                                      Map<String, InterpretationMeta> notesMeta) {
        List<ClauseMarkerNode> added = new ArrayList<>();
        notes.forEach((anchor, list) -> document.source().anchors().nodeOf(anchor).ifPresent(node -> {
            Node host = node instanceof ListItem && node.getFirstChild() instanceof Paragraph p ? p : node;
            for (ClauseNote note : list) {
                InterpretationMeta meta = notesMeta.get(note.interpretationId());
                if (meta != null) {
                    ClauseMarkerNode marker = new ClauseMarkerNode(note, meta);
                    host.appendChild(marker);
                    added.add(marker);
                }
            }
        }));
        return added;
    }

    static void remove(List<ClauseMarkerNode> markers) {
        markers.forEach(Node::unlink);
    }
}
