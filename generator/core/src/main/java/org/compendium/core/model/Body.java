package org.compendium.core.model;

import java.util.List;

/**
 * The rendered Markdown body of a document, the same for every output format.
 *
 * @param html     an XHTML fragment; element ids are the document's anchors; cross-references are written
 *                 as {@code href="xref:ID#anchor"} and assets as {@code src="asset:path"}, which each output
 *                 format rewrites to its own targets
 * @param anchors  every anchor in document order (clauses, headings, note passages)
 * @param segments the text of the body split at anchors, for search and snippets
 * @param titleAt  where the document's title was written in its front matter (0, 0: not known)
 */
public record Body(String html, List<Anchor> anchors, List<TextSegment> segments, TextSegment.LineStart titleAt) {

    public Body {
        anchors = List.copyOf(anchors);
        segments = List.copyOf(segments);
    }

    /** A body whose title's place is not known. */
    public Body(String html, List<Anchor> anchors, List<TextSegment> segments) {
        this(html, anchors, segments, new TextSegment.LineStart(0, 0));
    }

    /** The anchors a table of contents shows: chapters, sections, articles, outline items and headings below the title. */
    public List<Anchor> toc() {
        return anchors.stream().filter(a -> a.isTocEntry() && a.depth() > 0).toList();
    }

    /** All text of the body. */
    public String text() {
        StringBuilder out = new StringBuilder();
        segments.forEach(s -> out.append(s.text()).append('\n'));
        return out.toString();
    }
}
