package org.compendium.core.render.html;

import java.util.Map;
import java.util.stream.Collectors;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.Body;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Makes every clause anchor of a page body visible as a permalink ({@code #} before the clause, labelled
 * with the clause number for screen readers), and wraps wide tables so they scroll on phones.
 */
final class BodyDecorator {

    private BodyDecorator() {
    }

    /** @param html the body with links already rewritten for the page */
    static String decorate(String html, Body body) {
        Map<String, Anchor> anchors = body.anchors().stream()
                .collect(Collectors.toMap(Anchor::id, a -> a, (a, b) -> a));
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        for (Element el : doc.body().select("[id]")) {
            Anchor anchor = anchors.get(el.id());
            if (anchor != null && anchor.isTocEntry() && anchor.depth() > 0) {
                Element host = el.tagName().equals("li") && el.firstElementChild() != null
                        && el.firstElementChild().tagName().equals("p") ? el.firstElementChild() : el;
                host.prependElement("a").addClass("permalink").attr("href", "#" + el.id())
                        .attr("aria-label", "本条链接：" + anchor.label()).text("#");
            }
        }
        for (Element table : doc.body().select("table")) {
            table.wrap("<div class=\"table-wrap\" role=\"region\" tabindex=\"0\" aria-label=\"表格\"></div>");
        }
        return doc.body().html();
    }
}
