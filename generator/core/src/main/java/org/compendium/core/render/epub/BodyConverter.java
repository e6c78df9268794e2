package org.compendium.core.render.epub;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.paths.UrlPaths;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Turns a document's rendered body into the XHTML of a chapter: parsed with Jsoup and written back in
 * XML syntax (so the result is well-formed whatever the fragment looked like), canonical
 * {@code xref:}/{@code asset:} URLs rewritten for this edition, embedded images collected, ids kept
 * unique in the file. The body was sanitized when it was rendered; nothing else is removed here.
 */
final class BodyConverter {
    /** The prefix of the ids the chapter templates use around bodies ({@code epub-meta}, …). */
    static final String TEMPLATE_IDS = "epub-";
    /** Selectors parsed once per book rather than once per chapter. */
    private final Evaluator links = QueryParser.parse("[href^=xref:], [href^=asset:]");
    private final Evaluator assetImages = QueryParser.parse("img[src^=asset:]");
    private final Evaluator sizedImages = QueryParser.parse("img[width], img[height]");
    private final Evaluator withId = QueryParser.parse("[id]");
    private final EditionLayout layout;
    private final Diagnostics diagnostics;

    BodyConverter(EditionLayout layout, Diagnostics diagnostics) {
        this.layout = layout;
        this.diagnostics = diagnostics;
    }

    /**
     * The body split into its title heading (the leading {@code h1}, if the body starts with one) and the
     * rest.
     *
     * @param title the title heading's XHTML, or empty when the body has none
     */
    record Converted(Optional<String> title, String rest) {
    }

    /**
     * @param sourcePath  the document's source path, for diagnostics
     * @param reservedIds ids the chapter's own markup uses besides those starting with {@value #TEMPLATE_IDS}
     * @param images      receives the content-relative paths of the images the body embeds
     */
    Converted convert(String html, String sourcePath, Set<String> reservedIds, SortedSet<String> images) {
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        Element body = doc.body();
        rewriteLinks(body, sourcePath, images);
        keepIdsUnique(body, reservedIds);
        Element first = body.firstElementChild();
        Optional<String> title = Optional.empty();
        if (first != null && first.nameIs("h1")) {
            title = Optional.of(first.outerHtml());
            first.remove();
        }
        return new Converted(title, body.html());
    }

    private void rewriteLinks(Element body, String sourcePath, SortedSet<String> images) {
        for (Element a : body.select(links)) {
            canonical(a.attr("href")).flatMap(t -> href(t, sourcePath)).ifPresentOrElse(
                    url -> a.attr("href", url), () -> a.removeAttr("href"));
        }
        for (Element img : body.select(assetImages)) {
            String path = img.attr("src").substring("asset:".length());
            if (MediaTypes.image(path).isPresent()) {
                images.add(path);
                img.attr("src", UrlPaths.encode(path));
            } else {
                diagnostics.error(sourcePath, 0, 0, "image [" + path + "] cannot go into the EPUB; "
                        + "expected an SVG, PNG, JPEG, GIF or WebP file");
            }
        }
        for (Element img : body.select(sizedImages)) {
            List.of("width", "height").stream().filter(n -> img.hasAttr(n) && !img.attr(n).matches("\\d+"))
                    .forEach(img::removeAttr);
        }
    }

    private Optional<String> href(LinkTarget target, String sourcePath) {
        Optional<String> url = switch (target) {
            case LinkTarget.DocumentRef ref -> layout.href(ref);
            case LinkTarget.Asset asset -> Optional.of(layout.externalAsset(asset.path()));
            case LinkTarget.External external -> Optional.of(external.url());
        };
        if (url.isEmpty()) {
            diagnostics.error(sourcePath, 0, 0, "unresolved cross-reference [" + target.canonical()
                    + "] in the EPUB; expected the id of a policy, note or summary");
        }
        return url;
    }

    /** Parses a canonical URL as written in rendered bodies ({@code xref:ID#anchor}, {@code asset:path}). */
    static Optional<LinkTarget> canonical(String url) {
        if (url.startsWith("asset:")) {
            return Optional.of(new LinkTarget.Asset(url.substring("asset:".length())));
        }
        if (!url.startsWith("xref:")) {
            return Optional.empty();
        }
        String value = url.substring("xref:".length());
        int hash = value.indexOf('#');
        return Optional.of(hash < 0 ? new LinkTarget.DocumentRef(value, "")
                : new LinkTarget.DocumentRef(value.substring(0, hash), value.substring(hash + 1)));
    }

    /**
     * Renames a repeated id ({@code x} → {@code x-2}) and one the chapter templates may use ({@code epub-…});
     * links keep going to the first element.
     */
    private void keepIdsUnique(Element body, Set<String> reservedIds) {
        Set<String> seen = new HashSet<>(reservedIds);
        for (Element el : body.select(withId)) {
            String id = el.id();
            if (!seen.add(id) || id.startsWith(TEMPLATE_IDS)) {
                int n = 2;
                while (seen.contains(id + "-" + n)) {
                    n++;
                }
                el.id(id + "-" + n);
                seen.add(id + "-" + n);
            }
        }
    }
}
