package org.compendium.core.render.pdf;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/** Fragments of the book written as XHTML (XML syntax, not pretty-printed) for the templates. */
final class Xhtml {
    private Xhtml() {
    }

    /** A new element whose {@code html()} is XHTML. */
    static Element fragment(String tag) {
        Document shell = Document.createShell("");
        shell.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        return shell.body().appendElement(tag);
    }
}
