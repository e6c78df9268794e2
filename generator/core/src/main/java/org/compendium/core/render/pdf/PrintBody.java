package org.compendium.core.render.pdf;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.render.XrefRewriter;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A document's rendered body made fit for the book: ids prefixed per document, cross-references to
 * documents in the edition turned into internal links and the others into public URLs, images embedded,
 * the title heading dropped (the book prints its own), footnotes kept apart as end notes, external links
 * numbered for the list of their addresses (see {@link PrintLinks}), list numbers
 * written out, CJK punctuation glued at element boundaries, and the CJK characters of code marked for the
 * CJK font.
 */
final class PrintBody {
    /** The type area's width in print.css (159 mm). */
    static final float TEXT_WIDTH_PT = 450f;
    private final Compendium compendium;
    private final Edition edition;
    private final ImageEmbedder images;

    PrintBody(Compendium compendium, Edition edition, ImageEmbedder images) {
        this.compendium = compendium;
        this.edition = edition;
        this.images = images;
    }

    /** The body and its end notes, as XHTML for the template's {@code div.doc-body}. */
    PrintBook.Body render(Document doc) {
        Element body = Jsoup.parseBodyFragment(doc.body().html()).body();
        Element first = body.children().first();
        if (first != null && first.tagName().equals("h1")) {
            first.remove();
        }
        prefixLocal(body, doc);
        body.select("a.footnote-backref").remove();
        body.select("div.footnotes > hr").remove();
        Map<String, String> numbers = clauseNumbers(doc);
        numberListItems(body, numbers);
        body.select("img[src^=asset:]").forEach(this::sizeImage);
        body.select("p:has(> img)").addClass("figure");
        PrintLayout.apply(body, numbers);
        List<PrintBook.PrintLink> links = PrintLinks.number(body);
        String html = XrefRewriter.rewrite(body.html(), target -> url(doc, target));
        Element out = Xhtml.fragment("div");
        out.html(html);
        CjkGlue.apply(out);
        CodeFonts.apply(out);
        // Flexmark writes the footnotes last, in one div.footnotes: the template prints them with its heading.
        Element last = out.lastElementChild();
        String endnotes = "";
        if (last != null && last.nameIs("div") && last.hasClass("footnotes")) {
            endnotes = last.html();
            last.remove();
        }
        return new PrintBook.Body(out.html(), endnotes, links);
    }

    private static void prefixLocal(Element body, Document doc) {
        body.select("[id]").forEach(e -> e.attr("id", BookIds.anchor(doc.id(), e.id())));
        body.select("a[href^=#]").forEach(a -> a.attr("href",
                "#" + BookIds.anchor(doc.id(), a.attr("href").substring(1))));
    }

    /** The clause numbers as written (第三条, （一）, 1.), by their element id in the book. */
    private static Map<String, String> clauseNumbers(Document doc) {
        return doc.body().anchors().stream()
                .collect(Collectors.toMap(a -> BookIds.anchor(doc.id(), a.id()), Anchor::number, (a, b) -> a));
    }

    /** {@code <ol>} items carry their clause number (（一）, 1.) as text, as printed policies do. */
    private static void numberListItems(Element body, Map<String, String> numbers) {
        for (Element li : body.select("ol > li[id]")) {
            String number = numbers.getOrDefault(li.id(), "");
            if (!number.isEmpty() && !li.text().startsWith(number)) {
                li.prependElement("span").addClass("num").text(number);
                li.parent().addClass("numbered");
            }
        }
    }

    private String url(Document from, LinkTarget target) {
        return switch (target) {
            case LinkTarget.External e -> e.url();
            case LinkTarget.Asset a -> images.dataUri(compendium.contentRoot(), a.path(), from.path());
            case LinkTarget.DocumentRef d -> compendium.document(d.id())
                    .map(doc -> edition.contains(doc, compendium) ? "#" + BookIds.anchor(d.id(), d.fragment())
                            : SitePaths.publicUrl(compendium, doc, d.fragment()))
                    .orElse("#" + BookIds.section(from));
        };
    }

    /** CSS px → pt (0.75), at most the text width. */
    private void sizeImage(Element img) {
        img.removeAttr("title");
        java.nio.file.Path file = compendium.contentRoot().resolve(img.attr("src").substring("asset:".length()));
        float width = Math.min(ImageSizes.cssWidth(file).orElse(TEXT_WIDTH_PT / 0.75f) * 0.75f, TEXT_WIDTH_PT);
        img.attr("style", String.format(java.util.Locale.ROOT, "width: %.1fpt", width));
    }
}
