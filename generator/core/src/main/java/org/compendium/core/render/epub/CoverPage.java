package org.compendium.core.render.epub;

import org.compendium.core.internal.Xml;

/**
 * The cover: {@code cover.xhtml} with the title, edition and publisher as text (readable by screen
 * readers and searchable), and {@code cover.svg}, the same as an image for library views.
 */
final class CoverPage {
    static final String FILE = "cover.xhtml";
    static final String IMAGE = "cover.svg";

    String xhtml(BookMetadata meta, String compendiumTitle) {
        String content = "<div class=\"cover\">\n<h1 class=\"cover-title\">" + Xml.escape(compendiumTitle) + "</h1>\n"
                + "<p class=\"cover-edition\">" + meta.year() + "年版</p>\n"
                + "<p class=\"cover-publisher\">" + Xml.escape(meta.publisher()) + "</p>\n</div>";
        return new XhtmlPage(meta.language()).page(meta.title(), "cover", content);
    }

    String svg(BookMetadata meta, String compendiumTitle) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                + "<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" viewBox=\"0 0 600 800\""
                + " width=\"600\" height=\"800\">\n"
                + "<title>" + Xml.escape(meta.title()) + "</title>\n"
                + "<rect width=\"600\" height=\"800\" fill=\"#8b1a1a\"/>\n"
                + "<rect x=\"30\" y=\"30\" width=\"540\" height=\"740\" fill=\"none\" stroke=\"#e8c170\" stroke-width=\"3\"/>\n"
                + text(300, 300, 40, compendiumTitle)
                + text(300, 380, 30, meta.year() + "年版")
                + text(300, 700, 24, meta.publisher())
                + "</svg>\n";
    }

    /** A centred line, its size reduced so that long titles still fit the width. */
    private static String text(int x, int y, int maxSize, String value) {
        int size = Math.min(maxSize, 520 / Math.max(1, value.codePointCount(0, value.length())));
        return "<text x=\"" + x + "\" y=\"" + y + "\" font-size=\"" + size + "\" fill=\"#fdf6e3\""
                + " text-anchor=\"middle\" font-family=\"'Noto Serif CJK SC', 'Source Han Serif SC', 'Songti SC', serif\">"
                + Xml.escape(value) + "</text>\n";
    }
}
