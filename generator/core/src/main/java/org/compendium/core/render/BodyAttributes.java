package org.compendium.core.render;

import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.html.AttributeProvider;
import com.vladsch.flexmark.html.IndependentAttributeProviderFactory;
import com.vladsch.flexmark.html.renderer.AttributablePart;
import com.vladsch.flexmark.html.renderer.CoreNodeRenderer;
import com.vladsch.flexmark.html.renderer.LinkResolverContext;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.html.MutableAttributes;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.AnchorKind;
import org.compendium.core.parse.DocumentAnchors;

/**
 * Puts anchor ids (and a {@code clause} class on numbered clauses) on the elements that carry them, and a
 * table cell's alignment as a class. Part of {@link BodyRenderer}.
 */
final class BodyAttributes implements AttributeProvider {
    private final DocumentAnchors anchors;

    private BodyAttributes(DocumentAnchors anchors) {
        this.anchors = anchors;
    }

    @Override
    public void setAttributes(Node node, AttributablePart part, MutableAttributes attributes) {
        if (node instanceof TableCell && attributes.contains("align")) {
            String align = attributes.getValue("align");
            attributes.remove("align");
            attributes.addValue("class", "align-" + align);
        }
        if (anchors == null || !(part == AttributablePart.NODE || part == CoreNodeRenderer.TIGHT_LIST_ITEM
                || part == CoreNodeRenderer.LOOSE_LIST_ITEM)) {
            return;
        }
        anchors.idOf(node).ifPresent(id -> {
            attributes.replaceValue("id", id);
            anchors.find(id).map(Anchor::kind).filter(BodyAttributes::isClause)
                    .ifPresent(kind -> attributes.addValue("class", "clause"));
        });
    }

    private static boolean isClause(AnchorKind kind) {
        return kind != AnchorKind.HEADING && kind != AnchorKind.PASSAGE;
    }

    static final class Factory extends IndependentAttributeProviderFactory {
        @Override
        public AttributeProvider apply(LinkResolverContext context) {
            BodyContext body = BodyContext.KEY.get(context.getDocument());
            return new BodyAttributes(body == null ? null : body.document().source().anchors());
        }
    }
}
