package org.compendium.core.render.epub;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.model.Summary;
import org.compendium.core.render.ChineseDates;

/**
 * Writes the chapters of an edition: a policy (title centred, its metadata table, the body, links to
 * its notes), an interpretation note, the preface and a category's divider page.
 */
final class ChapterWriter {
    /** Ids of the markup added around bodies; body ids that collide with them are renamed. */
    private static final Set<String> OWN_IDS = Set.of("epub-meta", "epub-notes", "epub-about");
    private final Compendium compendium;
    private final Edition edition;
    private final XhtmlPage page;
    private final BodyConverter bodies;
    private final SortedSet<String> images;

    /** @param images receives the paths of the images the chapters embed */
    ChapterWriter(Compendium compendium, Edition edition, BodyConverter bodies, SortedSet<String> images) {
        this.compendium = compendium;
        this.edition = edition;
        this.page = new XhtmlPage(compendium.config().language());
        this.bodies = bodies;
        this.images = images;
    }

    String policy(Policy policy) {
        BodyConverter.Converted body = convert(policy);
        String content = title(body, policy) + metaTable(policy) + body.rest() + notesList(policy);
        return page.page(policy.title(), "chapter", content);
    }

    String note(Interpretation note) {
        BodyConverter.Converted body = convert(note);
        StringBuilder about = new StringBuilder("<p class=\"note-about\" id=\"epub-about\">");
        compendium.policy(note.meta().interprets()).ifPresent(p -> about.append("解读对象：<a href=\"")
                .append(Xml.escape(EditionLayout.file(p))).append("\">《").append(Xml.escape(p.title()))
                .append("》</a>　"));
        about.append("解读形式：").append(Xml.escape(note.meta().form().label()))
                .append("　发布日期：").append(ChineseDates.format(note.meta().issued())).append("</p>\n");
        return page.page(note.title(), "chapter", title(body, note) + about + body.rest());
    }

    String preface(Summary summary) {
        BodyConverter.Converted body = convert(summary);
        return page.page(summary.title(), "preface", title(body, summary) + body.rest());
    }

    String part(Edition.CategoryGroup group) {
        StringBuilder content = new StringBuilder("<h1>").append(Xml.escape(group.category())).append("</h1>\n<ol class=\"part-toc\">\n");
        for (Policy p : group.policies()) {
            content.append("<li><a href=\"").append(Xml.escape(EditionLayout.file(p))).append("\">")
                    .append(Xml.escape(p.title())).append("</a></li>\n");
        }
        return page.page(group.category(), "part", content.append("</ol>").toString());
    }

    private BodyConverter.Converted convert(Document doc) {
        return bodies.convert(doc.body().html(), doc.path(), OWN_IDS, images);
    }

    private static String title(BodyConverter.Converted body, Document doc) {
        return body.title().orElseGet(() -> "<h1>" + Xml.escape(doc.title()) + "</h1>") + "\n";
    }

    private String metaTable(Policy policy) {
        PolicyMeta m = policy.meta();
        List<String[]> rows = new ArrayList<>();
        m.docNumber().ifPresent(n -> rows.add(new String[] {"发文字号", n}));
        rows.add(new String[] {"发布机关", m.issuerText()});
        rows.add(new String[] {"发布日期", ChineseDates.format(m.issued())});
        rows.add(new String[] {"施行日期", ChineseDates.format(m.effective())});
        m.expires().ifPresent(d -> rows.add(new String[] {"有效期至", ChineseDates.format(d)}));
        rows.add(new String[] {"时效性", compendium.status(policy, edition.date()).label()
                + "（截至" + ChineseDates.format(edition.date()) + "）"});
        StringBuilder table = new StringBuilder("<table class=\"policy-meta\" id=\"epub-meta\">\n<tbody>\n");
        for (String[] row : rows) {
            table.append("<tr><th scope=\"row\">").append(row[0]).append("</th><td>")
                    .append(Xml.escape(row[1])).append("</td></tr>\n");
        }
        return table.append("</tbody>\n</table>\n").toString();
    }

    private String notesList(Policy policy) {
        List<Interpretation> notes = compendium.interpretationsOf(policy.id());
        if (notes.isEmpty()) {
            return "";
        }
        StringBuilder list = new StringBuilder("\n<div class=\"policy-notes\" id=\"epub-notes\">\n<p class=\"notes-title\">政策解读</p>\n<ul>\n");
        for (Interpretation note : notes) {
            list.append("<li><a href=\"").append(Xml.escape(EditionLayout.file(note))).append("\">")
                    .append(Xml.escape(note.title())).append("</a>（").append(Xml.escape(note.meta().form().label()))
                    .append("）</li>\n");
        }
        return list.append("</ul>\n</div>").toString();
    }
}
