package org.compendium.core.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Map;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.openpdf.pdf.ITextRenderer;

/** A book page for layout tests: {@code bodyHtml} as a document's text, styled by the repository's print.css. */
final class PrintFixture {
    private PrintFixture() {
    }

    static Document book(String bodyHtml) throws IOException {
        return page("<div class=\"doc-body\">" + bodyHtml + "</div>");
    }

    /** A book page holding {@code html} as it is (a title, a contents entry: what the book's templates write). */
    static Document page(String html) throws IOException {
        String css = Files.readString(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET));
        return Jsoup.parse("<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title><style>" + css
                + "</style></head><body>" + html + "</body></html>", "", Parser.xmlParser());
    }

    /**
     * Typesets {@code book} as the renderer does a document's text: the passes of {@link PrintBody}
     * ({@link PrintLayout}, {@link CjkGlue}) and of {@link PdfRenderer} (prepare, keep together), then the layout.
     */
    static ITextRenderer typeset(Document book, FontSet fonts) {
        PrintLayout.apply(book.body(), Map.of());
        CjkGlue.apply(book.body());
        PdfRenderer.prepare(book);
        PdfRenderer.keepTogether(book);
        return PdfRenderer.layout(book, fonts.resolver(), null);
    }
}
