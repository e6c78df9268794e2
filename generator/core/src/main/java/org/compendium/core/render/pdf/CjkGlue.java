package org.compendium.core.render.pdf;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Keeps the CJK line-breaking rules (禁则) at inline element boundaries, where the PDF renderer would
 * otherwise break: a closing punctuation mark after {@code </a>} could start a line, an opening one before
 * {@code <a>} could end one. The punctuation joins the element's first or last text, where
 * {@link LineBreaks} keeps it with its neighbour. A short footnote mark or code span, whose text cannot
 * take the punctuation, goes with it into one {@code span.glue}, an inline block, which moves to the next
 * line as a whole when it does not fit (a {@code nowrap} span would run past the margin instead). Nothing is
 * added to the text.
 */
final class CjkGlue {
    /** Characters that must not start a line. */
    static final String NO_LINE_START = "，。、；：？！）》」』”’〕】…—·％%,.;:?!)]";
    /** Characters that must not end a line. */
    static final String NO_LINE_END = "（《「『“‘〔【([";
    private static final Set<String> INLINE = Set.of("a", "strong", "em", "b", "i", "span", "sup", "code", "del", "s");
    /** Elements whose text cannot take the punctuation: it would be raised (sup) or set in the code font. */
    private static final Set<String> BOXED = Set.of("sup", "sub", "code");
    private static final int SHORT = 12;

    private CjkGlue() {
    }

    static void apply(Element root) {
        List<Element> inline = root.select(String.join(",", INLINE)).stream()
                .filter(e -> !e.hasClass("glue")).toList();
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
        if (!BOXED.contains(element.tagName()) || element.text().length() > SHORT) {
            glueInside(element, before, after);
            return;
        }
        Element span = new Element("span").addClass("glue");
        element.before(span);
        span.appendText(before);
        span.appendChild(element);
        span.appendText(after);
    }

    /** Long elements: move the punctuation into the element, into the same text as its first or last character. */
    private static void glueInside(Element element, String before, String after) {
        if (!after.isEmpty()) {
            java.util.Optional<TextNode> last = lastText(element).filter(t -> !t.getWholeText().isEmpty());
            if (last.isPresent()) {
                last.get().text(last.get().getWholeText() + after);
            } else {
                element.after(new TextNode(after));
            }
        }
        if (!before.isEmpty()) {
            java.util.Optional<TextNode> first = firstText(element).filter(t -> !t.getWholeText().isEmpty());
            if (first.isPresent()) {
                first.get().text(before + first.get().getWholeText());
            } else {
                element.before(new TextNode(before));
            }
        }
    }

    private static java.util.Optional<TextNode> firstText(Node node) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                return java.util.Optional.of(t);
            }
            java.util.Optional<TextNode> inner = firstText(child);
            if (inner.isPresent()) {
                return inner;
            }
        }
        return java.util.Optional.empty();
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
