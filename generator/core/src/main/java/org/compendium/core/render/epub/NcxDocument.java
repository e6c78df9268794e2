package org.compendium.core.render.epub;

import java.util.List;
import org.compendium.core.internal.Xml;

/**
 * The EPUB 2 table of contents ({@code toc.ncx}), the same tree as the navigation document, for
 * reading systems that predate EPUB 3.
 */
final class NcxDocument {
    static final String FILE = "toc.ncx";

    String write(BookMetadata meta, List<TocEntry> toc) {
        int depth = toc.stream().mapToInt(TocEntry::depth).max().orElse(1);
        StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<ncx xmlns=\"http://www.daisy.org/z3986/2005/ncx/\" version=\"2005-1\" xml:lang=\"")
                .append(Xml.escape(meta.language())).append("\">\n<head>\n")
                .append("<meta name=\"dtb:uid\" content=\"").append(Xml.escape(meta.identifier())).append("\"/>\n")
                .append("<meta name=\"dtb:depth\" content=\"").append(depth).append("\"/>\n")
                .append("<meta name=\"dtb:totalPageCount\" content=\"0\"/>\n")
                .append("<meta name=\"dtb:maxPageNumber\" content=\"0\"/>\n</head>\n")
                .append("<docTitle><text>").append(Xml.escape(meta.title())).append("</text></docTitle>\n<navMap>\n");
        points(out, toc, new int[] {0});
        return out.append("</navMap>\n</ncx>\n").toString();
    }

    /** Writes navPoints depth-first; playOrder follows that order (every entry opens a different file). */
    private static void points(StringBuilder out, List<TocEntry> entries, int[] order) {
        for (TocEntry e : entries) {
            order[0]++;
            out.append("<navPoint id=\"np-").append(order[0]).append("\" playOrder=\"").append(order[0])
                    .append("\">\n<navLabel><text>").append(Xml.escape(e.label())).append("</text></navLabel>\n")
                    .append("<content src=\"").append(Xml.escape(e.href())).append("\"/>\n");
            points(out, e.children(), order);
            out.append("</navPoint>\n");
        }
    }
}
