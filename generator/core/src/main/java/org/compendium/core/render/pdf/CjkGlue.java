package org.compendium.core.render.pdf;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps the CJK line-breaking rules (禁则) at inline element boundaries, where the PDF renderer would
 * otherwise break: a closing punctuation mark after {@code </a>} could start a line, an opening one before
 * {@code <a>} could end one. The element and the punctuation are glued in a {@code nobr} span
 * ({@code white-space: nowrap}); for long elements only the last character is glued, so lines still fill.
 */
final class CjkGlue {
    /** Characters that must not start a line. */
    static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—·％%,.;:?!)]";
    /** Characters that must not end a line. */
    static final String NO_LINE_END = "（《「『“‘〔【([";
    private static final Set<String> INLINE = Set.of("a", "strong", "em", "b", "i", "span", "sup", "code", "del", "s");
    private static final int SHORT = 12;

    private CjkGlue() {
    }

    static void apply(Element root) {
        List<Element> inline = root.select(String.join(",", INLINE)).stream()
                .filter(e -> !e.hasClass("nobr")).toList();
        for (Element element : inline) {
            glue(element);
        }
    }

    private static void glue(Element element) {
        String before = leadingOpeners(element.previousSibling());
        String after = trailingClosers(element.nextSibling());
        if (before.isEmpty() && after.isEmpty()) {
            return;
        }
        if (element.text().length() > SHORT) {
            glueInside(element, before, after);
            return;
        }
        Element span = new Element("span").addClass("nobr");
        element.before(span);
        span.appendText(before);
        span.appendChild(element);
        span.appendText(after);
    }

    /** Long elements: move the punctuation into the element, glued to its first or last character. */
    private static void glueInside(Element element, String before, String after) {
        if (!after.isEmpty()) {
            java.util.Optional<TextNode> found = lastText(element).filter(t -> !t.getWholeText().isEmpty());
            if (found.isPresent()) {
                TextNode last = found.get();
                String text = last.getWholeText();
                int cut = text.offsetByCodePoints(text.length(), -1);
                last.text(text.substring(0, cut));
                last.after(new Element("span").addClass("nobr").text(text.substring(cut) + after));
            } else {
                element.appendElement("span").addClass("nobr").text(after);
            }
        }
        if (!before.isEmpty()) {
            element.prependElement("span").addClass("nobr").text(before);
        }
    }

    private static java.util.Optional<TextNode> lastText(Node node) {
        for (int i = node.childNodeSize() - 1; i >= 0; i--) {
            Node child = node.childNode(i);
            if (child instanceof TextNode t) {
                return java.util.Optional.of(t);
            }
            java.util.Optional<TextNode> inner = lastText(child);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return java.util.Optional.empty();
    }

    /** Removes and returns the closing punctuation that starts the text node after an element. */
    private static String trailingClosers(Node next) {
        if (!(next instanceof TextNode text)) {
            return "";
        }
        String s = text.getWholeText();
        int n = 0;
        while (n < s.length() && NO_LINE_START.indexOf(s.charAt(n)) >= 0) {
            n++;
        }
        text.text(s.substring(n));
        return s.substring(0, n);
    }

    /** Removes and returns the opening punctuation that ends the text node before an element. */
    private static String leadingOpeners(Node previous) {
        if (!(previous instanceof TextNode text)) {
            return "";
        }
        String s = text.getWholeText();
        int n = s.length();
        while (n > 0 && NO_LINE_END.indexOf(s.charAt(n - 1)) >= 0) {
            n--;
        }
        text.text(s.substring(0, n));
        return s.substring(n);
    }
}
