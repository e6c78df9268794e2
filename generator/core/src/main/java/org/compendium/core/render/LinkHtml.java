package org.compendium.core.render;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.TextCollectingVisitor;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Pattern;

/**
 * Links and images as Flexmark's core renderer wrote them, every URL in its canonical form ({@code xref:…},
 * {@code asset:…} or the URL itself; {@code #} when it did not resolve); {@code javascript:} links as their
 * text. A reference-style link to an undefined reference stays text.
 */
final class LinkHtml {
    /** Flexmark's default {@code SUPPRESSED_LINKS}. */
    private static final Pattern SUPPRESSED = Pattern.compile("javascript:.*");
    private final BodyHtml body;
    private final HtmlLines out;
    private final LinkResolutions resolutions;

    LinkHtml(BodyHtml body) {
        this.body = body;
        this.out = body.out();
        this.resolutions = new LinkResolutions(body.document());
    }

    void render(Node node) {
        switch (node) {
            case Link n -> link(n);
            case Image n -> image(n);
            case LinkRef n -> linkRef(n);
            case ImageRef n -> imageRef(n);
            case AutoLink n -> autoLink(n);
            case MailLink n -> mailLink(n);
            default -> { }
        }
    }

    private void link(Link node) {
        if (suppressed(node.getUrl())) {
            body.children(node);
            return;
        }
        var link = resolutions.resolve(LinkResolutions.Kind.LINK, node.getUrl().unescape(), node);
        anchor(node, null, link.url(), node.getTitle());
    }

    private void image(Image node) {
        if (suppressed(node.getUrl())) {
            return;
        }
        String alt = new TextCollectingVisitor().collectAndGetText(node);
        String url = resolutions.resolve(LinkResolutions.Kind.IMAGE, node.getUrl().unescape(), node).url();
        if (!node.getUrlContent().isEmpty()) {
            url += Escaping.percentEncodeUrl(node.getUrlContent()).replace("+", "%2B").replace("%3D", "=")
                    .replace("%26", "&amp;");
        }
        img(null, url, alt, node.getTitle());
    }

    private void linkRef(LinkRef node) {
        Reference reference = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
        if (reference == null) {
            var link = resolutions.resolve(LinkResolutions.Kind.LINK_REF, node.getReference().unescape(), node);
            if (link.known() && !link.url().isEmpty()) {
                anchor(node, null, link.url(), BasedSequence.NULL);
            } else if (!node.hasChildren()) {
                out.text(node.getChars().unescape());
            } else {
                out.text(node.getChars().prefixOf(node.getChildChars()).unescape());
                body.children(node);
                out.text(node.getChars().suffixOf(node.getChildChars()).unescape());
            }
            return;
        }
        String url = reference.getUrl().unescape();
        if (suppressed(url)) {
            body.children(node);
            return;
        }
        anchor(node, reference, resolutions.resolve(LinkResolutions.Kind.LINK, url, node).url(), reference.getTitle());
    }

    private void imageRef(ImageRef node) {
        Reference reference = node.isDefined() ? node.getReferenceNode(node.getDocument()) : null;
        if (reference == null) {
            String key = Parser.REFERENCES.get(node.getDocument()).normalizeKey(node.getReference());
            var link = resolutions.resolve(LinkResolutions.Kind.IMAGE_REF, key, node);
            if (link.known() && !link.url().isEmpty()) {
                img(null, link.url(), new TextCollectingVisitor().collectAndGetText(node), BasedSequence.NULL);
            } else {
                out.text(node.getChars().unescape());
            }
            return;
        }
        String url = reference.getUrl().unescape();
        if (!suppressed(url)) {
            String alt = new TextCollectingVisitor().collectAndGetText(node);
            img(reference, resolutions.resolve(LinkResolutions.Kind.IMAGE, url, node).url(), alt, reference.getTitle());
        }
    }

    private void autoLink(AutoLink node) {
        String text = node.getText().toString();
        if (suppressed(node.getUrl())) {
            out.text(text);
            return;
        }
        String url = resolutions.resolve(LinkResolutions.Kind.LINK, text, node).url();
        body.open("a", null, "href", url.startsWith("www.") ? "http://" + url : url);
        out.text(text);
        body.close("a");
    }

    private void mailLink(MailLink node) {
        String text = node.getText().unescape();
        if (suppressed(node.getUrl())) {
            out.text(text);
            return;
        }
        body.open("a", null, "href", "mailto:" + resolutions.resolve(LinkResolutions.Kind.LINK, text, node).url());
        out.text(text);
        body.close("a");
    }

    /** {@code <a href title>children</a>}; a reference definition's anchor, if it had one, after them. */
    private void anchor(Node node, Reference reference, String url, BasedSequence title) {
        if (title.isNotNull()) {
            body.open("a", reference, "href", url, "title", title.unescape());
        } else {
            body.open("a", reference, "href", url);
        }
        body.children(node);
        body.close("a");
    }

    private void img(Reference reference, String url, String alt, BasedSequence title) {
        if (title.isNotNull()) {
            body.empty("img", reference, "src", url, "alt", alt, "title", title.unescape());
        } else {
            body.empty("img", reference, "src", url, "alt", alt);
        }
    }

    private static boolean suppressed(CharSequence url) {
        return SUPPRESSED.matcher(url).matches();
    }
}
