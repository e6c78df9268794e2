package org.compendium.core.render;

import com.vladsch.flexmark.html.IndependentLinkResolverFactory;
import com.vladsch.flexmark.html.LinkResolver;
import com.vladsch.flexmark.html.renderer.LinkResolverBasicContext;
import com.vladsch.flexmark.html.renderer.LinkStatus;
import com.vladsch.flexmark.html.renderer.ResolvedLink;
import com.vladsch.flexmark.util.ast.Node;
import org.compendium.core.model.LinkTarget;

/**
 * Writes every resolved link and image in its canonical form ({@code xref:…}, {@code asset:…} or the URL);
 * one that did not resolve as {@code #}. Part of {@link BodyRenderer}.
 */
final class BodyLinks implements LinkResolver {
    private final BodyContext body;

    private BodyLinks(BodyContext body) {
        this.body = body;
    }

    @Override
    public ResolvedLink resolveLink(Node node, LinkResolverBasicContext context, ResolvedLink link) {
        if (body == null) {
            return link;
        }
        return body.document().target(node)
                .map(LinkTarget::canonical)
                .map(url -> link.withStatus(LinkStatus.VALID).withUrl(url))
                .orElse(link.getUrl().startsWith("#") ? link.withStatus(LinkStatus.VALID) : link.withUrl("#"));
    }

    static final class Factory extends IndependentLinkResolverFactory {
        @Override
        public LinkResolver apply(LinkResolverBasicContext context) {
            return new BodyLinks(BodyContext.KEY.get(context.getDocument()));
        }
    }
}
