package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Puts long runs of sibling paragraphs into {@code div}s of about {@value #GROUP} before layout. To paint a page
 * the renderer looks at every child of each block on that page, so a policy of 30,000 one-line clauses (30,000
 * paragraphs in one block over 750 pages) cost pages × paragraphs (issue 16: 65 % of the PDF's time in
 * {@code BoxCollector}); in groups of a hundred it looks at the groups, and at the paragraphs of two or three.
 * A group does not end after a paragraph kept with the next one ({@code keep-next}); a chain of more than
 * 2 × {@value #GROUP} such paragraphs (第N条 lines short enough to be headings are all {@code keep-next}) fits no
 * page, and loses {@code keep-next}: in groups, each group holding a piece of it would start a new page; ungrouped,
 * the renderer moved the chain's start to a new page (leaving the rest of the page before it empty) and then set
 * it page after page, as it now sets it from where it starts.
 * and the divs have no class, margin, padding or border, so selectors of the print style sheet ({@code .doc-body
 * p}) and the paragraphs' spacing stay as they were.
 */
final class LongRuns {
    /** Paragraphs per group. */
    static final int GROUP = 100;
    /** The print style sheet's class of a paragraph kept on the page of the next one ({@code page-break-after: avoid}). */
    static final String KEEP_NEXT = "keep-next";

    private LongRuns() {
    }

    /** Groups every run of more than 2 × {@link #GROUP} sibling paragraphs below {@code root}. */
    static void group(Element root) {
        List<Element> parents = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            if (e.childrenSize() > 2 * GROUP && e.children().stream().filter(c -> c.normalName().equals("p")).count()
                    > 2 * GROUP) {
                parents.add(e);
            }
        }
        parents.forEach(LongRuns::groupChildren);
    }

    /**
     * Puts the parent's children back, each run of more than 2 × {@link #GROUP} paragraphs (with the white space
     * between them) in groups: a group ends once it holds {@link #GROUP} paragraphs and its last one is not kept with the next.
     * Shorter runs and other children stay as they are. The children are detached all at once (moving them one by
     * one searches the parent's list for each).
     */
    private static void groupChildren(Element parent) {
        List<Node> children = new ArrayList<>(parent.childNodes());
        parent.empty();
        List<Node> run = new ArrayList<>();
        for (Node child : children) {
            if (isParagraph(child) || child instanceof TextNode t && t.isBlank() && !run.isEmpty()) {
                run.add(child);
            } else {
                putBack(parent, run);
                run.clear();
                parent.appendChild(child);
            }
        }
        putBack(parent, run);
    }

    private static boolean isParagraph(Node node) {
        return node instanceof Element e && e.normalName().equals("p");
    }

    private static void putBack(Element parent, List<Node> run) {
        long paragraphs = run.stream().filter(LongRuns::isParagraph).count();
        if (paragraphs <= 2 * GROUP) {
            run.forEach(parent::appendChild);
            return;
        }
        unkeepLongChains(run);
        Element group = null;
        int inGroup = 0;
        for (Node node : run) {
            if (group == null && !isParagraph(node)) {
                parent.appendChild(node); // white space between two groups
                continue;
            }
            if (group == null) {
                group = parent.appendElement("div");
                inGroup = 0;
            }
            group.appendChild(node);
            if (isParagraph(node) && ++inGroup >= GROUP && !((Element) node).hasClass(KEEP_NEXT)) {
                group = null;
            }
        }
    }

    /** Takes {@code keep-next} from the paragraphs of each chain of more than 2 × {@link #GROUP}: no page holds one. */
    private static void unkeepLongChains(List<Node> run) {
        List<Element> chain = new ArrayList<>();
        for (Node node : run) {
            if (!isParagraph(node)) {
                continue;
            }
            Element p = (Element) node;
            chain.add(p);
            if (!p.hasClass(KEEP_NEXT)) {
                // The chain ends with the first paragraph not kept with the next (it is the one they keep with).
                if (chain.size() > 2 * GROUP) {
                    chain.forEach(c -> c.removeClass(KEEP_NEXT));
                }
                chain.clear();
            }
        }
        if (chain.size() > 2 * GROUP) {
            chain.forEach(c -> c.removeClass(KEEP_NEXT));
        }
    }
}
