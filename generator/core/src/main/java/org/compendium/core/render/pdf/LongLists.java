package org.compendium.core.render.pdf;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Splits a list of more than 2 × {@value #GROUP} items into consecutive lists of {@value #GROUP} before layout, as
 * {@link LongRuns} groups paragraphs: to paint a page the renderer looks at every child of each block on that page,
 * so one list of 30,000 footnotes (a document's end notes are one {@code ol}) cost pages × items (issue 16: 30,000
 * footnotes 27 s, 5.9 × the time of a quarter of them). Each list after the first carries the classes of the
 * original and starts where the one before it ends ({@code start="101"}, which the renderer honours), so the
 * numbers printed run on as in one list; no character of an item changes.
 */
final class LongLists {
    /** Items per list. */
    static final int GROUP = LongRuns.GROUP;

    private LongLists() {
    }

    /** Splits every {@code ol} and {@code ul} below {@code root} that has more than 2 × {@link #GROUP} items. */
    static void split(Element root) {
        List<Element> lists = new ArrayList<>();
        for (Element e : root.select("ol, ul")) {
            if (e.childrenSize() > 2 * GROUP) {
                lists.add(e);
            }
        }
        lists.forEach(LongLists::splitOne);
    }

    private static void splitOne(Element list) {
        List<Node> children = new ArrayList<>(list.childNodes());
        list.empty();
        Element current = list;
        int items = 0;
        for (Node child : children) {
            boolean item = child instanceof Element e && e.normalName().equals("li");
            if (item && items > 0 && items % GROUP == 0) {
                Element next = continuation(list, items);
                current.after(next);
                current = next;
            }
            current.appendChild(child);
            items += item ? 1 : 0;
        }
    }

    /** A list that goes on after {@code before} items of {@code list}: its attributes but the id, numbered on. */
    private static Element continuation(Element list, int before) {
        Element next = new Element(list.tagName());
        list.attributes().forEach(a -> {
            if (!a.getKey().equals("id") && !a.getKey().equals("start")) {
                next.attr(a.getKey(), a.getValue());
            }
        });
        if (list.normalName().equals("ol")) {
            next.attr("start", String.valueOf(start(list) + before));
        }
        return next;
    }

    private static int start(Element list) {
        String start = list.attr("start").strip();
        return start.matches("-?\\d{1,9}") ? Integer.parseInt(start) : 1;
    }
}
