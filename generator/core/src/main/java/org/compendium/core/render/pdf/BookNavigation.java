package org.compendium.core.render.pdf;

import org.compendium.core.model.Anchor;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;
import org.jsoup.nodes.Element;

/**
 * The book's table of contents (目录, dot leaders to page numbers the renderer fills in with
 * {@code target-counter}) and its PDF outline: edition › 序言 / category › policy › level-1 clauses › 索引.
 */
final class BookNavigation {
    static final String TOC_ID = "toc";
    static final String PREFACE_ID = "preface";
    static final String INDEX_ID = "index";

    private BookNavigation() {
    }

    static String categoryId(int index) {
        return "cat-" + (index + 1);
    }

    static Element toc(Edition edition) {
        Element toc = new Element("div").addClass("toc").id(TOC_ID);
        toc.appendElement("div").addClass("rh").text("目　录");
        toc.appendElement("h1").addClass("toc-title").text("目　录");
        if (edition.summary().isPresent()) {
            entry(toc, "toc-part", "序　言", PREFACE_ID);
        }
        for (int i = 0; i < edition.categories().size(); i++) {
            Edition.CategoryGroup group = edition.categories().get(i);
            entry(toc, "toc-category", group.category(), categoryId(i));
            for (Policy policy : group.policies()) {
                entry(toc, "toc-policy", policy.title(), BookIds.section(policy));
            }
        }
        entry(toc, "toc-part", "索　引", INDEX_ID);
        return toc;
    }

    private static void entry(Element toc, String kind, String text, String target) {
        toc.appendElement("p").addClass(kind).appendElement("a").addClass("toc-link")
                .attr("href", "#" + target).text(text);
    }

    /** The {@code <bookmarks>} element the renderer turns into the PDF outline. */
    static Element bookmarks(Edition edition, String bookTitle) {
        Element bookmarks = new Element("bookmarks");
        Element root = bookmark(bookmarks, bookTitle, "cover");
        bookmark(root, "目录", TOC_ID);
        if (edition.summary().isPresent()) {
            bookmark(root, "序言", PREFACE_ID);
        }
        for (int i = 0; i < edition.categories().size(); i++) {
            Edition.CategoryGroup group = edition.categories().get(i);
            Element category = bookmark(root, group.category(), categoryId(i));
            for (Policy policy : group.policies()) {
                Element p = bookmark(category, policy.title(), BookIds.section(policy));
                for (Anchor a : policy.body().toc()) {
                    if (a.depth() == 1) {
                        bookmark(p, a.label(), BookIds.anchor(policy.id(), a.id()));
                    }
                }
            }
        }
        bookmark(root, "索引", INDEX_ID);
        return bookmarks;
    }

    private static Element bookmark(Element parent, String name, String target) {
        return parent.appendElement("bookmark").attr("name", name).attr("href", "#" + target);
    }
}
