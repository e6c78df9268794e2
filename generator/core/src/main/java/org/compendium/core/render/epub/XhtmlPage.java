package org.compendium.core.render.epub;

import org.compendium.core.internal.Xml;

/** The XHTML5 frame every content document of the book shares: language, title, stylesheet. */
final class XhtmlPage {
    static final String STYLESHEET = "epub.css";
    private final String language;

    XhtmlPage(String language) {
        this.language = language;
    }

    /**
     * @param title    the page title (plain text)
     * @param bodyType the {@code epub:type} of the body's section, e.g. {@code chapter}
     * @param content  the section's XHTML
     */
    String page(String title, String bodyType, String content) {
        return head(title)
                + "<body>\n<section epub:type=\"" + bodyType + "\" class=\"" + bodyType + "\">\n"
                + content
                + "\n</section>\n</body>\n</html>\n";
    }

    /** The document up to and including {@code </head>}. */
    String head(String title) {
        String lang = Xml.escape(language);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n"
                + "<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\""
                + " lang=\"" + lang + "\" xml:lang=\"" + lang + "\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                + "<title>" + Xml.escape(title) + "</title>\n"
                + "<link rel=\"stylesheet\" type=\"text/css\" href=\"" + STYLESHEET + "\"/>\n</head>\n";
    }
}
