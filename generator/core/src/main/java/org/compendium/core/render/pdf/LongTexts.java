package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Cuts very long runs of text into spans before layout. The renderer breaks lines by copying the rest of a
 * run's text for every line it sets, so one 800,000-character paragraph took minutes and gigabytes; spans
 * of at most {@value #CHUNK} characters keep that linear. A run is cut only where a line may end anyway
 * (between two ideographs, or after a space, and not against a 禁则 mark), so neither the text nor the
 * lines change: the spans carry no class and no style.
 */
final class LongTexts {
    /** Longest text node the renderer gets (UTF-16 units): a couple of pages of Chinese text. */
    static final int CHUNK = 2_000;

    private LongTexts() {
    }

    /** Cuts every text node below {@code root} longer than {@link #CHUNK} into spans. */
    static void cut(Element root) {
        List<TextNode> long_ = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode text && text.getWholeText().length() > CHUNK) {
                long_.add(text);
            }
        }, root);
        for (TextNode text : long_) {
            cut(text);
        }
    }

    private static void cut(TextNode node) {
        String text = node.getWholeText();
        List<Node> spans = new ArrayList<>();
        int start = 0;
        for (int at = CHUNK; at < text.length(); at++) {
            if (at - start >= CHUNK && cuttable(text, at)) {
                spans.add(new Element("span").appendChild(new TextNode(text.substring(start, at))));
                start = at;
            }
        }
        if (spans.isEmpty()) {
            return;
        }
        spans.add(new Element("span").appendChild(new TextNode(text.substring(start))));
        for (Node span : spans) {
            node.before(span);
        }
        node.remove();
    }

    /** Whether a line may end before {@code at} whatever the breaker decides: see the class comment. */
    static boolean cuttable(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        boolean ideographs = Character.isIdeographic(before) && Character.isIdeographic(after);
        boolean afterSpace = before == ' ' && after != ' ' && !Character.isWhitespace(after);
        return (ideographs || afterSpace) && LineBreaks.allowed(text, at);
    }
}
