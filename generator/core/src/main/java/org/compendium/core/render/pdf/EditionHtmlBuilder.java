package org.compendium.core.render.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import org.compendium.core.ContentCompiler;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Summary;
import org.compendium.core.render.ChineseDates;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The whole edition as one XHTML book for the print renderer: cover, 目录, 序言 (the year's summary), the
 * categories with their policies and notes, and the index. Styling is {@code templates/pdf/print.css}.
 */
public final class EditionHtmlBuilder {
    private final Compendium compendium;
    private final ImageEmbedder images;
    private final String css;

    /** @param css the print style sheet */
    public EditionHtmlBuilder(Compendium compendium, String css) {
        this(compendium, new ImageEmbedder(), css);
    }

    EditionHtmlBuilder(Compendium compendium, ImageEmbedder images, String css) {
        this.compendium = compendium;
        this.images = images;
        this.css = css;
    }

    /** The book title, e.g. 示例市科技政策汇编（2024年版）. */
    public String bookTitle(Edition edition) {
        return compendium.config().title() + "（" + edition.year() + "年版）";
    }

    public Document build(Edition edition) {
        Document doc = Document.createShell("");
        doc.outputSettings().syntax(Document.OutputSettings.Syntax.xml).prettyPrint(false);
        Element html = doc.selectFirst("html");
        html.attr("lang", compendium.config().language());
        doc.title(bookTitle(edition));
        doc.head().appendElement("style").attr("type", "text/css").appendChild(new org.jsoup.nodes.DataNode(css));
        doc.head().appendChild(BookNavigation.bookmarks(edition, bookTitle(edition)));
        Element body = doc.body();
        body.appendChild(cover(edition));
        body.appendChild(BookNavigation.toc(edition));
        BodyHtml bodies = new BodyHtml(compendium, edition, images);
        edition.summary().ifPresent(s -> body.appendChild(preface(s, bodies)));
        PolicySection policies = new PolicySection(compendium, edition, bodies);
        for (int i = 0; i < edition.categories().size(); i++) {
            Edition.CategoryGroup group = edition.categories().get(i);
            Element category = body.appendElement("div").addClass("category").id(BookNavigation.categoryId(i));
            category.appendElement("h1").addClass("category-title").text(group.category());
            for (Policy policy : group.policies()) {
                Element section = category.appendChild(policies.render(policy)).children().last();
                if (policy.equals(group.policies().getFirst())) {
                    section.addClass("first-in-category");
                }
            }
        }
        body.appendChild(BookIndex.render(edition));
        return doc;
    }

    private Element cover(Edition edition) {
        Element cover = new Element("div").addClass("cover").id("cover");
        cover.appendElement("p").addClass("cover-title").text(compendium.config().title());
        cover.appendElement("p").addClass("cover-edition").text("「" + edition.year() + "年版」");
        cover.appendElement("p").addClass("cover-scope")
                .text("收录截至" + ChineseDates.format(edition.date()) + "现行有效的政策文件" + edition.policies().size() + "件");
        cover.appendElement("p").addClass("cover-publisher").text(compendium.config().publisher());
        YearMonth month = coverMonth(edition, LocalDate.ofInstant(compendium.buildTime(), ContentCompiler.ZONE));
        cover.appendElement("p").addClass("cover-date").text(month.getYear() + "年" + month.getMonthValue() + "月");
        return cover;
    }

    /**
     * The month on the cover: when the edition's text was settled, the day it is compiled for (31 December),
     * or the build's month for an edition of a year not over yet. An earlier year's edition built again later
     * keeps its own date, not the month of the rebuild.
     */
    static YearMonth coverMonth(Edition edition, LocalDate built) {
        return YearMonth.from(built.isBefore(edition.date()) ? built : edition.date());
    }

    private static Element preface(Summary summary, BodyHtml bodies) {
        Element preface = new Element("div").addClass("preface").id(BookNavigation.PREFACE_ID);
        preface.appendElement("div").addClass("rh").text("序　言");
        preface.appendElement("h1").addClass("preface-title").text(summary.title());
        preface.appendElement("span").id(BookIds.section(summary));
        preface.appendChild(bodies.render(summary));
        return preface;
    }
}
