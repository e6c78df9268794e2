package org.compendium.core.render.epub;

import java.util.List;

/**
 * An entry of the book's table of contents, used for both nav.xhtml and toc.ncx.
 *
 * @param label    the text shown
 * @param href     the chapter file (and fragment) it opens
 * @param children nested entries (a category's policies, a policy's notes)
 */
public record TocEntry(String label, String href, List<TocEntry> children) {

    public TocEntry {
        children = List.copyOf(children);
    }

    /** Depth of the tree below and including this entry. */
    public int depth() {
        return 1 + children.stream().mapToInt(TocEntry::depth).max().orElse(0);
    }
}
