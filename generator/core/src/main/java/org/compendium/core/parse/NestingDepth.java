package org.compendium.core.parse;

import com.vladsch.flexmark.util.ast.Node;
import java.util.Optional;

/**
 * Measures how deeply a Markdown tree nests, without recursion: the renderers, the PDF layout and browsers
 * all recurse over the tree, so a body of thousands of nested quotes or lists must be refused before
 * anything walks it recursively.
 */
final class NestingDepth {

    private NestingDepth() {
    }

    /** The first node (in document order) that lies deeper than {@code max} levels below {@code root}. */
    static Optional<Node> firstBeyond(Node root, int max) {
        int depth = 0;
        Node node = root.getFirstChild();
        if (node != null) {
            depth = 1;
        }
        while (node != null) {
            if (depth > max) {
                return Optional.of(node);
            }
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return Optional.empty();
    }
}
