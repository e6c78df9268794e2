package org.compendium.core.render.epub;

import freemarker.template.TemplateModelException;
import java.util.ArrayList;
import java.util.List;

/**
 * The table of contents from entries declared in reading order with a level: an entry of level n + 1 goes
 * under the last entry of level n.
 */
final class TocBuilder {
    private static final class Node {
        final String label;
        final String href;
        final List<Node> children = new ArrayList<>();

        Node(String label, String href) {
            this.label = label;
            this.href = href;
        }

        TocEntry entry() {
            return new TocEntry(label, href, children.stream().map(Node::entry).toList());
        }
    }

    private final List<Node> roots = new ArrayList<>();
    /** The last entry of each level, 1 first. */
    private final List<Node> open = new ArrayList<>();

    void add(String label, String href, int level) throws TemplateModelException {
        if (level < 1 || level > open.size() + 1) {
            throw new TemplateModelException("table of contents level [" + level + "] cannot follow "
                    + (open.isEmpty() ? "the start" : "an entry of level " + open.size())
                    + "; expected a level from 1 to " + (open.size() + 1));
        }
        Node node = new Node(label, href);
        (level == 1 ? roots : open.get(level - 2).children).add(node);
        while (open.size() >= level) {
            open.removeLast();
        }
        open.add(node);
    }

    List<TocEntry> entries() {
        return roots.stream().map(Node::entry).toList();
    }
}
