package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Code is set in the monospace font ({@link FontRole#MONO}), which has no CJK glyphs, and the renderer
 * takes one font per run of text: so the CJK characters inside code (comments, strings) are put in
 * {@code <span class="cjk">}, which print.css sets in Song. The text itself is unchanged.
 */
final class CodeFonts {
    private static final String CODE = "code, pre, kbd, samp, tt";

    private CodeFonts() {
    }

    static void apply(Element root) {
        List<TextNode> texts = new ArrayList<>();
        for (Element code : root.select(CODE)) {
            if (code.parents().stream().noneMatch(p -> p.is(CODE))) {
                collect(code, texts);
            }
        }
        texts.forEach(CodeFonts::split);
    }

    private static void collect(Node node, List<TextNode> into) {
        for (Node child : node.childNodes()) {
            if (child instanceof TextNode t) {
                into.add(t);
            } else if (!(child instanceof Element e && e.hasClass("cjk"))) {
                collect(child, into);
            }
        }
    }

    /** Replaces a text node by its runs: the CJK ones in span.cjk, the others as plain text. */
    private static void split(TextNode text) {
        String s = text.getWholeText();
        if (s.codePoints().noneMatch(CodeFonts::isCjk)) {
            return;
        }
        Node at = text;
        int start = 0;
        while (start < s.length()) {
            boolean cjk = isCjk(s.codePointAt(start));
            int end = start;
            while (end < s.length() && isCjk(s.codePointAt(end)) == cjk) {
                end += Character.charCount(s.codePointAt(end));
            }
            String run = s.substring(start, end);
            Node node = cjk ? new Element("span").addClass("cjk").appendChild(new TextNode(run)) : new TextNode(run);
            at.after(node);
            at = node;
            start = end;
        }
        text.remove();
    }

    /** CJK ideographs, kana, hangul, CJK and full-width punctuation: from U+2E80 up, outside the private use area. */
    static boolean isCjk(int codePoint) {
        return codePoint >= 0x2E80 && !(codePoint >= 0xE000 && codePoint <= 0xF8FF)
                && !(codePoint >= 0xFB00 && codePoint <= 0xFE0F);
    }
}
