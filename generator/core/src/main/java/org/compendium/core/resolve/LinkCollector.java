package org.compendium.core.resolve;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlCommentBlock;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.RefNode;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.IdentityHashMap;
import java.util.Map;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;
import org.compendium.core.load.ParsedFile;
import org.compendium.core.model.LinkTarget;

/** Resolves the links, images and raw HTML of one document, reporting what is broken or unsafe. */
final class LinkCollector {
    private final LinkClassifier classifier;
    /** Made for the first raw HTML of the document: most documents have none, and its allowlist costs. */
    private HtmlSanitizer sanitizer;
    private final ParsedFile doc;
    private final Diagnostics diagnostics;
    private final Map<Node, LinkTarget> links = new IdentityHashMap<>();
    private final Map<Node, String> rawHtml = new IdentityHashMap<>();
    private Node inlineParent;
    /** Inline tags opened and not yet closed, per parent node (a paragraph, an emphasis …). */
    private final Map<Node, java.util.ArrayDeque<HtmlInline>> openTags = new java.util.LinkedHashMap<>();
    private final java.util.Set<Node> tooDeep = new java.util.HashSet<>();
    private int inlineDepth;

    LinkCollector(LinkClassifier classifier, ParsedFile doc, Diagnostics diagnostics) {
        this.classifier = classifier;
        this.doc = doc;
        this.diagnostics = diagnostics;
    }

    Map<Node, LinkTarget> links() {
        return links;
    }

    Map<Node, String> rawHtml() {
        return rawHtml;
    }

    void collect() {
        new NodeVisitor(
                new VisitHandler<>(Link.class, n -> link(n, n.getUrl(), false)),
                new VisitHandler<>(Image.class, n -> link(n, n.getUrl(), true)),
                new VisitHandler<>(AutoLink.class, n -> link(n, n.getUrl(), false)),
                new VisitHandler<>(MailLink.class, n -> links.put(n, new LinkTarget.External("mailto:" + n.getText()))),
                new VisitHandler<>(LinkRef.class, n -> reference(n, false)),
                new VisitHandler<>(ImageRef.class, n -> reference(n, true)),
                new VisitHandler<>(HtmlBlock.class, this::htmlBlock),
                new VisitHandler<>(HtmlInline.class, this::htmlInline),
                new VisitHandler<>(HtmlCommentBlock.class, n -> rawHtml.put(n, "")),
                new VisitHandler<>(HtmlInlineComment.class, n -> rawHtml.put(n, ""))
        ).visit(doc.ast());
        // One error per paragraph, at its first unclosed tag; none where the nesting error was given.
        openTags.forEach((parent, open) -> {
            if (!open.isEmpty() && !tooDeep.contains(parent)) {
                HtmlInline first = open.peekLast();
                String tag = rawHtml.get(first);
                diagnostics.error(at(first.getChars()), "inline HTML tag not closed [" + tag + "]" + (open.size() > 1
                        ? " and " + (open.size() - 1) + " more after it" : "") + "; expected </" + tag.substring(1)
                        + " in the same paragraph (a tag left open runs on into the rest of the page)");
            }
        });
    }

    /** A reference-style link: resolved through its definition; an undefined one stays text. */
    private void reference(RefNode node, boolean image) {
        Reference ref = node.getReferenceNode(node.getDocument());
        if (ref != null) {
            link(node, ref.getUrl(), image);
        }
    }

    private void link(Node node, BasedSequence url, boolean image) {
        String text = url.unescape();
        var result = image ? classifier.image(text, doc.path(), doc.id()) : classifier.link(text, doc.path(), doc.id());
        switch (result) {
            case LinkClassifier.Result.Target t -> links.put(node, t.target());
            case LinkClassifier.Result.Problem p -> diagnostics.error(at(url.isEmpty() ? node.getChars() : url), p.message());
            case LinkClassifier.Result.Silent s -> { }
        }
    }

    private void htmlBlock(HtmlBlock node) {
        SourcePosition at = at(node.getChars());
        var result = sanitizer().block(node.getChars().toString(), (attr, url) -> {
            var r = attr.equals("src") ? classifier.image(url, doc.path(), doc.id())
                    : classifier.link(url, doc.path(), doc.id());
            return switch (r) {
                case LinkClassifier.Result.Target t -> t.target().canonical();
                case LinkClassifier.Result.Problem p -> {
                    diagnostics.error(at, p.message());
                    yield null;
                }
                case LinkClassifier.Result.Silent s -> null;
            };
        });
        if (result.tooDeep()) {
            diagnostics.error(at, "HTML nested too deeply [more than " + HtmlSanitizer.MAX_DEPTH
                    + " levels of elements]; expected at most " + HtmlSanitizer.MAX_DEPTH + " levels");
        }
        reportRemoved(at, result);
        rawHtml.put(node, result.xhtml());
    }

    private void htmlInline(HtmlInline node) {
        var result = sanitizer().inline(node.getChars().toString());
        reportRemoved(at(node.getChars()), result);
        rawHtml.put(node, result.xhtml());
        if (node.getParent() != inlineParent) {
            inlineParent = node.getParent();
            inlineDepth = 0;
        }
        String tag = result.xhtml();
        balance(node, tag);
        inlineDepth += tag.isEmpty() || tag.startsWith("<br") ? 0 : tag.startsWith("</") ? -1 : 1;
        if (inlineDepth == HtmlSanitizer.MAX_DEPTH + 1) {
            tooDeep.add(node.getParent());
            diagnostics.error(at(node.getChars()), "inline HTML nested too deeply [more than " + HtmlSanitizer.MAX_DEPTH
                    + " open tags]; expected at most " + HtmlSanitizer.MAX_DEPTH + " and each tag closed");
        }
    }

    /** Pairs each closing inline tag with the last open one of its parent; a closer without an opener is an error. */
    private void balance(HtmlInline node, String tag) {
        if (tag.isEmpty() || tag.startsWith("<br")) {
            return;
        }
        var open = openTags.computeIfAbsent(node.getParent(), p -> new java.util.ArrayDeque<>());
        if (!tag.startsWith("</")) {
            open.push(node);
        } else if (!open.isEmpty() && rawHtml.get(open.peek()).equals("<" + tag.substring(2))) {
            open.pop();
        } else {
            diagnostics.error(at(node.getChars()), "inline HTML closing tag without its opening tag [" + tag
                    + "]" + (open.isEmpty() ? "" : " while [" + rawHtml.get(open.peek()) + "] is open")
                    + "; expected tags opened and closed in order within one paragraph");
        }
    }

    private void reportRemoved(SourcePosition at, HtmlSanitizer.Result result) {
        if (!result.removed().isEmpty()) {
            diagnostics.warning(at, "unsafe or unsupported HTML removed [" + String.join(" ", result.removed())
                    + "]; expected Markdown or plain structural HTML (tables, lists, sup/sub)");
        }
    }

    private SourcePosition at(BasedSequence chars) {
        return doc.source().position(chars.getStartOffset());
    }

    private HtmlSanitizer sanitizer() {
        if (sanitizer == null) {
            sanitizer = new HtmlSanitizer();
        }
        return sanitizer;
    }
}
