package org.compendium.core.resolve;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.AnchorKind;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.DocumentKind;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.parse.AnchorAssigner;
import org.compendium.core.parse.DocumentAnchors;
import org.compendium.core.parse.TextExtractor;

/**
 * Gives every passage of an interpretation note that links to a policy clause an anchor of its own
 * (its clause anchor if it has one, else {@code ref-N}), so the clause can link back to the exact passage.
 */
final class PassageAnchors {

    private PassageAnchors() {
    }

    static List<ClauseNote> assign(ResolvedDocument doc, Map<String, SourceDocument> byId) {
        List<ClauseNote> notes = new ArrayList<>();
        DocumentAnchors anchors = doc.source().anchors();
        int[] counter = {0};
        walk(doc.source().ast(), node -> doc.target(node).ifPresent(target -> {
            if (target instanceof LinkTarget.DocumentRef ref && ref.hasFragment() && isPolicy(ref.id(), byId)) {
                Node passage = passageOf(node);
                String id = anchors.idOf(passage).orElseGet(() -> {
                    int line = doc.source().source().lines().line(passage.getStartOffset());
                    String text = AnchorAssigner.shortenForToc(TextExtractor.text(passage, 80));
                    return anchors.assign(passage, "ref-" + (++counter[0]), AnchorKind.PASSAGE, 9, "", text, line);
                });
                ClauseNote note = new ClauseNote(ref.id(), ref.fragment(), doc.id(), id);
                if (!notes.contains(note)) {
                    notes.add(note);
                }
            }
        }));
        return notes;
    }

    private static boolean isPolicy(String id, Map<String, SourceDocument> byId) {
        SourceDocument target = byId.get(id);
        return target != null && target.meta().kind() == DocumentKind.POLICY;
    }

    /** The block a reader sees as the passage: paragraph, heading or table row; a list item's first paragraph is the item. */
    private static Node passageOf(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Paragraph && p.getParent() instanceof ListItem item && item.getFirstChild() == p) {
                return item;
            }
            if (p instanceof Paragraph || p instanceof Heading || p instanceof TableRow) {
                return p;
            }
        }
        return node;
    }

    private static void walk(Node node, java.util.function.Consumer<Node> visit) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit.accept(child);
            walk(child, visit);
        }
    }
}
