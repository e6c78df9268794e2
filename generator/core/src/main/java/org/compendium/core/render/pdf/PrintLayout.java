package org.compendium.core.render.pdf;

import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Book typesetting a style sheet cannot do alone, done on a body's XHTML before print.css lays it out. Only
 * elements and classes are added, never a character of the text changed: print.css decides what they look like.
 * <ul>
 * <li>a list item's number ({@code span.num}) goes into its first paragraph, so a loose list does not print
 * {@code 1.} alone on a line;</li>
 * <li>the number of an article (第X条) goes into {@code span.article-no} and the blanks after it are dropped, so
 * print.css gives every article the same gap (a justified line would otherwise stretch a space);</li>
 * <li>a paragraph that leads into what follows (a short unpunctuated line such as （一）入库培育奖励, or a line
 * ending with ： before a list) gets the class {@code keep-next};</li>
 * <li>an interpretation marker ({@code a.clause-note}) is glued to the character before it in a
 * {@code span.marker-glue}, so it never starts a line alone.</li>
 * </ul>
 */
final class PrintLayout {
    /** A short line is at most this many characters (about a line of the type area). */
    private static final int SHORT_LINE = 28;
    private static final String SENTENCE_END = "。；！？…";
    private static final Set<String> LISTS = Set.of("ol", "ul");
    /** Markers in one glued unit: two 〔文字解读，见第123页〕 and two characters fit in a line of the type area. */
    static final int MARKERS_PER_UNIT = 2;

    private PrintLayout() {
    }

    /** @param numbers the clause numbers as written (第三条, （一）, 1.), by element id */
    static void apply(Element body, Map<String, String> numbers) {
        numbersIntoFirstParagraph(body);
        articleNumbers(body, numbers);
        keepLeadsWithNext(body);
        glueNoteMarkers(body);
    }

    /** A loose list item holds its text in a {@code <p>}: the number printed before it belongs inside. */
    private static void numbersIntoFirstParagraph(Element body) {
        for (Element num : body.select("li > span.num")) {
            Element p = num.nextElementSibling();
            Node between = num.nextSibling();
            while (between instanceof TextNode t && t.isBlank() && between != p) {
                between = between.nextSibling();
            }
            if (p != null && p.nameIs("p") && between == p) {
                p.prependChild(num);
            }
        }
    }

    private static void articleNumbers(Element body, Map<String, String> numbers) {
        for (Element clause : body.select("[id]")) {
            String number = numbers.getOrDefault(clause.id(), "");
            if (!number.startsWith("第") || !number.endsWith("条")) {
                continue;
            }
            Node first = clause.childNodeSize() == 0 ? null : clause.childNode(0);
            if (first instanceof Element strong && strong.nameIs("strong") && strong.text().equals(number)) {
                Element span = new Element("span").addClass("article-no");
                strong.before(span);
                span.appendChild(strong);
                dropLeadingBlanks(span.nextSibling());
            } else if (first instanceof TextNode text && text.getWholeText().startsWith(number)) {
                String rest = text.getWholeText().substring(number.length());
                text.text(stripLeadingBlanks(rest));
                text.before(new Element("span").addClass("article-no").text(number));
            }
        }
    }

    private static void dropLeadingBlanks(Node node) {
        if (node instanceof TextNode text) {
            text.text(stripLeadingBlanks(text.getWholeText()));
        }
    }

    private static String stripLeadingBlanks(String s) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\u3000' || s.charAt(i) == '\u00a0')) {
            i++;
        }
        return s.substring(i);
    }

    private static void keepLeadsWithNext(Element body) {
        for (Element p : body.select("p")) {
            Element next = p.nextElementSibling();
            if (next == null) {
                continue;
            }
            String text = p.text().strip();
            boolean intoList = LISTS.contains(next.normalName()) && (text.endsWith("：") || text.endsWith(":"));
            boolean heading = !text.isEmpty() && text.length() <= SHORT_LINE
                    && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) < 0 && p.select("img").isEmpty();
            if (intoList || heading) {
                p.addClass("keep-next");
            }
        }
    }

    /**
     * Where the characters glued to a marker start: the last character that may start a line, with the closing
     * punctuation after it (in 方式：〔…〕 the break must come before 式, as ： cannot start a line).
     */
    private static int gluedTail(String text) {
        int cut = text.length();
        while (cut > 0) {
            cut = text.offsetByCodePoints(cut, -1);
            if (CjkGlue.NO_LINE_START.indexOf(text.codePointAt(cut)) < 0) {
                break;
            }
        }
        return cut;
    }

    /**
     * Glues each marker (and the marker right after it) to the last character before it, in a
     * {@code span.marker-glue} (print.css makes it an inline block: the renderer breaks before one, not before a
     * {@code white-space: nowrap} span after CJK text); further markers right after go two by two into spans of their
     * own, so that no unit is wider than a line (an inline block of no line height must not wrap);
     * a marker with no text before it (after an element) is left as it is.
     */
    private static void glueNoteMarkers(Element body) {
        for (Element marker : body.select("a.clause-note")) {
            if (marker.parent() != null && marker.parent().hasClass("marker-glue")) {
                continue; // glued with a marker before it
            }
            if (!(marker.previousSibling() instanceof TextNode before) || before.getWholeText().isBlank()) {
                continue;
            }
            String text = before.getWholeText().stripTrailing();
            int cut = gluedTail(text);
            before.text(text.substring(0, cut));
            Element span = new Element("span").addClass("marker-glue");
            before.after(span);
            span.appendText(text.substring(cut));
            Node next = marker.nextSibling();
            span.appendChild(marker);
            int inSpan = 1;
            while (next instanceof Element e && e.hasClass("clause-note")) {
                Node after = e.nextSibling();
                if (inSpan == MARKERS_PER_UNIT) {
                    Element more = new Element("span").addClass("marker-glue");
                    span.after(more);
                    span = more;
                    inSpan = 0;
                }
                span.appendChild(e);
                inSpan++;
                next = after;
            }
        }
    }
}
