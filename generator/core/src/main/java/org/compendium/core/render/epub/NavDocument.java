package org.compendium.core.render.epub;

import java.util.List;
import java.util.Optional;
import org.compendium.core.internal.Xml;

/**
 * The EPUB 3 navigation document ({@code nav.xhtml}): the table of contents (preface, categories ›
 * policies › their notes) and the landmarks (cover, contents, preface, start of the body).
 */
final class NavDocument {
    static final String FILE = "nav.xhtml";
    private final XhtmlPage page;

    NavDocument(String language) {
        this.page = new XhtmlPage(language);
    }

    /**
     * @param toc       the entries; must not be empty
     * @param preface   the preface's file, if the edition has one
     * @param bodyStart the first chapter after the front matter, if any
     */
    String write(String bookTitle, List<TocEntry> toc, Optional<String> preface, Optional<String> bodyStart) {
        StringBuilder out = new StringBuilder(page.head(bookTitle));
        out.append("<body>\n<nav epub:type=\"toc\" id=\"toc\" role=\"doc-toc\">\n<h1>目录</h1>\n");
        list(out, toc);
        out.append("</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>导航</h2>\n<ol>\n");
        landmark(out, "cover", CoverPage.FILE, "封面");
        landmark(out, "toc", FILE + "#toc", "目录");
        preface.ifPresent(file -> landmark(out, "preface", file, "序言"));
        bodyStart.ifPresent(file -> landmark(out, "bodymatter", file, "正文"));
        return out.append("</ol>\n</nav>\n</body>\n</html>\n").toString();
    }

    private static void list(StringBuilder out, List<TocEntry> entries) {
        out.append("<ol>\n");
        for (TocEntry e : entries) {
            out.append("<li><a href=\"").append(Xml.escape(e.href())).append("\">").append(Xml.escape(e.label()))
                    .append("</a>");
            if (!e.children().isEmpty()) {
                out.append('\n');
                list(out, e.children());
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n");
    }

    private static void landmark(StringBuilder out, String type, String href, String label) {
        out.append("<li><a epub:type=\"").append(type).append("\" href=\"").append(Xml.escape(href)).append("\">")
                .append(label).append("</a></li>\n");
    }
}
