package org.compendium.core.render.pdf;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * Cuts a paragraph (or list item, table cell) of more than {@value #LONGEST} characters into blocks of about
 * {@value #CHUNK} before layout. To paint a page the renderer looks at every line of every block on that page,
 * so one block of 30,000 lines spread over 1,200 pages cost pages × lines (issue 16: an 800,000-character
 * paragraph); blocks of a few hundred lines keep it linear. The cuts fall after a sentence's end (。！？) where
 * a line may end ({@link LineBreaks#allowed}), else, past {@value #SEARCH} more characters, wherever a line may
 * end; the blocks are {@code div}s inside the element, without class, the later ones with {@code text-indent: 0}
 * so that only the paragraph's first line is indented. No character is added, dropped or moved: the text reads
 * on in the next block, whose first line starts on a new line (the only visible trace, once every
 * {@value #CHUNK} characters, about fifteen pages). Inline elements cut in two are cloned without their
 * {@code id}, which stays on the first part.
 */
final class LongParagraphs {
    /** Longer paragraphs are cut (UTF-16 units): about thirty pages; no real clause comes near it. */
    static final int LONGEST = 20_000;
    /** The length of a block after cutting, before its sentence ends. */
    static final int CHUNK = 10_000;
    /** How far past {@link #CHUNK} a sentence's end is looked for. */
    static final int SEARCH = 2_000;
    private static final Set<String> BLOCKS = Set.of("p", "li", "td", "th", "dd", "blockquote");
    private static final String CONTINUED = "text-indent: 0";

    private LongParagraphs() {
    }

    /** Cuts every paragraph below {@code root} longer than {@link #LONGEST}. */
    static void cut(Element root) {
        for (Element block : longBlocks(root)) {
            cutBlock(block);
        }
    }

    /** The blocks whose own text (not that of blocks inside them) is longer than {@link #LONGEST}: one pass. */
    private static List<Element> longBlocks(Element root) {
        List<Element> found = new ArrayList<>();
        Deque<Element> open = new ArrayDeque<>();
        Deque<int[]> lengths = new ArrayDeque<>();
        root.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
                    open.push(e);
                    lengths.push(new int[1]);
                } else if (node instanceof TextNode text && !lengths.isEmpty()) {
                    lengths.peek()[0] += text.getWholeText().length();
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (!open.isEmpty() && open.peek() == node) {
                    open.pop();
                    if (lengths.pop()[0] > LONGEST) {
                        found.add((Element) node);
                    }
                }
            }
        });
        return found;
    }

    private static void cutBlock(Element block) {
        List<TextNode> texts = new ArrayList<>();
        List<Integer> offsets = new ArrayList<>();
        int position = 0;
        int target = CHUNK;
        for (TextNode text : textsOf(block)) {
            String s = text.getWholeText();
            int at = Math.max(1, target - position);
            while (at < s.length()) {
                int cut = cutPoint(s, at, position + at - target >= SEARCH);
                if (cut < 0) {
                    break;
                }
                texts.add(text);
                offsets.add(cut);
                target = position + cut + CHUNK;
                at = cut + CHUNK;
            }
            position += s.length();
        }
        List<Node> starts = new ArrayList<>();
        for (int i = texts.size() - 1; i >= 0; i--) {
            starts.add(0, split(block, texts.get(i), offsets.get(i)));
        }
        wrap(block, starts);
    }

    /** The text nodes inside a block that are its own (not inside a nested block), in document order. */
    private static List<TextNode> textsOf(Element block) {
        List<TextNode> texts = new ArrayList<>();
        block.traverse((node, depth) -> {
            if (node instanceof TextNode text && owner(text) == block) {
                texts.add(text);
            }
        });
        return texts;
    }

    private static Element owner(Node node) {
        Element e = node.parent() instanceof Element p ? p : null;
        while (e != null && !BLOCKS.contains(e.normalName())) {
            e = e.parent();
        }
        return e;
    }

    /**
     * The first offset at or after {@code from} (and before the end) where the text may be cut: after a
     * sentence's end, or, when {@code anywhere}, wherever a line may end; -1 when there is none in this text.
     */
    private static int cutPoint(String s, int from, boolean anywhere) {
        for (int at = from; at < s.length(); at++) {
            char before = s.charAt(at - 1);
            boolean sentence = before == '。' || before == '！' || before == '？';
            if ((sentence && LineBreaks.allowed(s, at)) || anywhere && LongTexts.cuttable(s, at)) {
                return at;
            }
            if (!anywhere && at - from >= SEARCH) {
                anywhere = true;
            }
        }
        return -1;
    }

    /**
     * Splits the text at {@code offset} and every inline element between it and the block, so that what follows
     * the offset starts with a node that is the block's child; returns that node.
     */
    private static Node split(Element block, TextNode text, int offset) {
        Node start = text.splitText(offset);
        for (Element parent = (Element) start.parent(); parent != block; parent = parent.parent()) {
            Element clone = parent.shallowClone();
            clone.removeAttr("id");
            // Detached all at once and put back: moving nodes one by one searches the parent's list for each.
            List<Node> all = new ArrayList<>(parent.childNodes());
            int from = start.siblingIndex();
            parent.empty();
            for (int i = 0; i < all.size(); i++) {
                (i < from ? parent : clone).appendChild(all.get(i));
            }
            parent.after(clone);
            start = clone;
        }
        return start;
    }

    /** Puts the block's children into one {@code div} per part, a part starting at each of {@code starts}. */
    private static void wrap(Element block, List<Node> starts) {
        if (starts.isEmpty()) {
            return;
        }
        List<Node> children = new ArrayList<>(block.childNodes());
        block.empty();
        Element part = new Element("div");
        List<Element> parts = new ArrayList<>(List.of(part));
        int next = 0;
        for (Node child : children) {
            if (next < starts.size() && child == starts.get(next)) {
                part = new Element("div").attr("style", CONTINUED);
                parts.add(part);
                next++;
            }
            part.appendChild(child);
        }
        block.appendChildren(parts);
    }
}
