package org.compendium.core.render;

import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.LinkedHashSet;
import java.util.Set;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.AnchorKind;
import org.compendium.core.parse.DocumentAnchors;

/**
 * Writes the attributes of a tag as Flexmark wrote them with the compendium's attribute provider: the tag's
 * own attributes in order, then the node's anchor id (replacing an {@code id} it has) and a {@code clause}
 * class on numbered clauses (added to a {@code class} it has); empty ids and classes are left out.
 */
final class AnchorAttributes {
    private final DocumentAnchors anchors;

    AnchorAttributes(DocumentAnchors anchors) {
        this.anchors = anchors;
    }

    /**
     * @param node  whose anchor the tag carries, or null for none
     * @param pairs the tag's own attributes: name, value, name, value …
     */
    String of(Node node, String... pairs) {
        String id = node == null ? null : anchors.idOf(node).orElse(null);
        if (id == null && pairs.length == 0) {
            return "";
        }
        boolean clause = id != null && isClause(id);
        boolean hasId = false;
        boolean hasClass = false;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < pairs.length; i += 2) {
            String name = pairs[i];
            String value = pairs[i + 1];
            if (name.equals("id") && id != null) {
                hasId = true;
                value = id;
            } else if (name.equals("class") && clause) {
                hasClass = true;
                value = withClause(value);
            }
            append(out, name, value);
        }
        if (id != null && !hasId) {
            append(out, "id", id);
        }
        if (clause && !hasClass) {
            append(out, "class", "clause");
        }
        return out.toString();
    }

    private boolean isClause(String id) {
        AnchorKind kind = anchors.find(id).map(Anchor::kind).orElse(null);
        return kind != null && kind != AnchorKind.HEADING && kind != AnchorKind.PASSAGE;
    }

    /** Flexmark's class list: its words once each, in order, then {@code clause}. */
    private static String withClause(String classes) {
        Set<String> words = new LinkedHashSet<>();
        for (String word : classes.split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        words.add("clause");
        return String.join(" ", words);
    }

    private static void append(StringBuilder out, String name, String value) {
        if (value.isEmpty() && (name.equals("id") || name.equals("class"))) {
            return;
        }
        out.append(' ').append(name).append("=\"").append(escape(value)).append('"');
    }

    /** Flexmark's attribute escaping: {@code & < > "}, an entity such as {@code &amp;} kept as it is. */
    static String escape(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '<' || c == '>' || c == '"') {
                return Escaping.escapeHtml(value, true);
            }
        }
        return value;
    }
}
