package org.compendium.core.parse;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.AnchorKind;

/**
 * The anchors of one document and the AST nodes that carry them. Ids are unique within the document:
 * a repeated id gets {@code _2}, {@code _3}, … in document order.
 */
public final class DocumentAnchors {
    private final Map<Node, String> idByNode = new IdentityHashMap<>();
    private final Map<String, Node> nodeById = new HashMap<>();
    private final Map<String, Anchor> anchorById = new HashMap<>();
    private final List<Anchor> anchors = new ArrayList<>();
    private final Set<String> ids = new HashSet<>();

    /** Gives {@code node} an anchor based on {@code baseId}; returns the id actually used. */
    public String assign(Node node, String baseId, AnchorKind kind, int depth, String number, String text, int line) {
        String id = baseId;
        for (int n = 2; ids.contains(id); n++) {
            id = baseId + "_" + n;
        }
        ids.add(id);
        String earlier = idByNode.put(node, id);
        if (earlier != null) {
            nodeById.remove(earlier);
        }
        nodeById.put(id, node);
        Anchor anchor = new Anchor(id, kind, depth, number, text, line);
        anchors.add(anchor);
        anchorById.put(id, anchor);
        return id;
    }

    public Optional<String> idOf(Node node) {
        return Optional.ofNullable(idByNode.get(node));
    }

    /** The node carrying anchor {@code id}. */
    public Optional<Node> nodeOf(String id) {
        return Optional.ofNullable(nodeById.get(id));
    }

    public boolean contains(String id) {
        return ids.contains(id);
    }

    /** Reserves an id used by generated markup (e.g. footnotes) so anchors never collide with it. */
    public void reserve(String id) {
        ids.add(id);
    }

    /** All anchors in document order (passages added later come last). */
    public List<Anchor> all() {
        return Collections.unmodifiableList(anchors);
    }

    public Optional<Anchor> find(String id) {
        return Optional.ofNullable(anchorById.get(id));
    }
}
