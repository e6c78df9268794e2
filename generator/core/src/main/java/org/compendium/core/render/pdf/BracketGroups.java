package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Keeps a short bracketed group of a 修订对照 cell or of a document table's header cell (标准（万元）) on one line: （2024年修订）, （示科规〔2022〕7号） of at most
 * {@value #LONGEST} characters between the brackets goes into a {@code span.nobr} (print.css: an inline block),
 * so a narrow cell breaks before or after it and never as “（202” / “4年修订）”. The comparison marks its changed
 * runs with {@code <del>} and {@code <ins>}, so a group may start in one run and end in another: it is wrapped when
 * each of its ends lies in a text node that is a child of the group's common parent, or at the edge of such a
 * child; otherwise (a group that opens in the middle of a {@code <del>} and closes after it) it is left as it is.
 * A group inside one {@code <ins>}/{@code <del>} becomes a run of its own, put whole into the span, so that it keeps
 * its underline or strike.
 * Only elements are added, never a character changed.
 */
final class BracketGroups {
    /** The longest text between the brackets that is kept whole (a third of a narrow cell's line). */
    static final int LONGEST = 12;
    static final String CELLS = "table.compare-table td, div.doc-body th";
    private static final java.util.Set<String> MARKS = java.util.Set.of("ins", "del");
    private static final Pattern GROUP = Pattern.compile("（[^（）]{1," + LONGEST + "}）");

    private BracketGroups() {
    }

    static void apply(Element root) {
        for (Element cell : root.select(CELLS)) {
            wrapAll(cell);
        }
    }

    /** The text nodes of a cell in order, with where each starts in the cell's text. */
    private record Piece(TextNode node, int start) {
        int end() {
            return start + node.getWholeText().length();
        }
    }

    private static void wrapAll(Element cell) {
        List<Piece> pieces = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof TextNode t) {
                pieces.add(new Piece(t, text.length()));
                text.append(t.getWholeText());
            }
        }, cell);
        Matcher m = GROUP.matcher(text);
        List<int[]> groups = new ArrayList<>();
        while (m.find()) {
            groups.add(new int[] {m.start(), m.end()});
        }
        for (int i = groups.size() - 1; i >= 0; i--) { // from the end: earlier offsets stay valid
            wrap(pieces, groups.get(i)[0], groups.get(i)[1]);
        }
    }

    private static void wrap(List<Piece> pieces, int from, int to) {
        Piece first = null;
        Piece last = null;
        for (Piece p : pieces) {
            if (first == null && p.start() <= from && from < p.end()) {
                first = p;
            }
            if (p.start() < to && to <= p.end()) {
                last = p;
            }
        }
        if (first == null || last == null) {
            return;
        }
        Node start;
        Node end;
        if (first == last) {
            TextNode node = first.node();
            start = from > first.start() ? node.splitText(from - first.start()) : node;
            if (((TextNode) start).getWholeText().length() > to - from) {
                ((TextNode) start).splitText(to - from);
            }
            end = start;
        } else {
            Element parent = commonParent(first.node(), last.node());
            start = edge(first.node(), from - first.start(), parent, true);
            end = start == null ? null : edge(last.node(), to - last.start(), parent, false);
        }
        if (start == null || end == null) {
            return;
        }
        if (start.parent() instanceof Element marked && MARKS.contains(marked.normalName()) && start.parent() == end.parent()) {
            isolate(marked, start, end); // the group becomes a whole <ins>/<del>, which goes into the span
            start = marked;
            end = marked;
        }
        Element span = new Element("span").addClass("nobr");
        start.before(span);
        List<Node> run = new ArrayList<>();
        for (Node n = start; n != null; n = n.nextSibling()) {
            run.add(n);
            if (n == end) {
                break;
            }
        }
        run.forEach(span::appendChild);
    }

    /**
     * Splits a changed run around {@code start..end}: what comes before them goes into a copy of the run before it,
     * what comes after into one after it, so the run holds only the group. An inline block inside an {@code <ins>}
     * would not be underlined (a decoration does not reach into an inline block); an {@code <ins>} inside one is.
     */
    private static void isolate(Element run, Node start, Node end) {
        Element before = run.shallowClone();
        Element after = run.shallowClone();
        boolean inGroup = false;
        boolean past = false;
        for (Node n : run.childNodes().toArray(Node[]::new)) {
            if (n == start) {
                inGroup = true;
            }
            if (!inGroup) {
                before.appendChild(n);
            } else if (past) {
                after.appendChild(n);
            }
            if (n == end) {
                past = true;
            }
        }
        if (before.childNodeSize() > 0) {
            run.before(before);
        }
        if (after.childNodeSize() > 0) {
            run.after(after);
        }
    }

    private static Element commonParent(Node a, Node b) {
        for (Element p = a.parentElement(); p != null; p = p.parent()) {
            if (b.hasParent() && isAncestor(p, b)) {
                return p;
            }
        }
        return null;
    }

    private static boolean isAncestor(Element p, Node n) {
        for (Node x = n.parent(); x != null; x = x.parent()) {
            if (x == p) {
                return true;
            }
        }
        return false;
    }

    /**
     * The child of {@code parent} where the group starts ({@code first}) or ends: the text node itself, split at
     * {@code offset}, when it is a child of {@code parent}; the element holding it when the group's end is at that
     * element's edge; else null.
     */
    private static Node edge(TextNode node, int offset, Element parent, boolean first) {
        if (parent == null) {
            return null;
        }
        if (node.parent() == parent) {
            if (first) {
                return offset == 0 ? node : node.splitText(offset);
            }
            if (offset < node.getWholeText().length()) {
                node.splitText(offset);
            }
            return node;
        }
        boolean atEdge = first ? offset == 0 : offset == node.getWholeText().length();
        Node top = node;
        while (atEdge && top.parent() != parent) {
            Node sibling = first ? top.previousSibling() : top.nextSibling();
            atEdge = sibling == null || sibling instanceof TextNode t && t.getWholeText().isEmpty();
            top = top.parent();
        }
        return atEdge ? top : null;
    }
}
