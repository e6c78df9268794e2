package org.compendium.core.render.pdf;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.compendium.core.history.Chronicle;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.render.EditionChanges;
import org.compendium.core.render.GuideAppendix;

/**
 * Prepares the data of one edition's printed book ({@link PrintBook}) for {@code templates/pdf/book.ftlx}: the
 * bodies made fit for print, the statuses on the edition's date, the index sorted. No wording: that is the
 * templates'.
 */
final class PrintBookBuilder {
    private final Compendium compendium;
    private final ImageEmbedder images;
    private final String css;

    /** @param css the print style sheet */
    PrintBookBuilder(Compendium compendium, ImageEmbedder images, String css) {
        this.compendium = compendium;
        this.images = images;
        this.css = css;
    }

    PrintBook build(Edition edition) {
        PrintBody bodies = new PrintBody(compendium, edition, images);
        YearMonth month = coverMonth(edition, LocalDate.ofInstant(compendium.buildTime(), BureauTime.ZONE));
        PrintBook.Preface preface = edition.summary().map(s -> new PrintBook.Preface(BookIds.section(s), s.title(),
                bodies.render(s))).orElse(null);
        List<PrintBook.Category> categories = new ArrayList<>();
        for (Edition.CategoryGroup group : edition.categories()) {
            categories.add(new PrintBook.Category(group.category(), categoryId(categories.size()),
                    group.policies().stream().map(p -> policy(p, edition, bodies)).toList()));
        }
        return new PrintBook(compendium.config().language(), compendium.config().title(),
                compendium.config().publisher(), edition.year(), ChineseDates.format(edition.date()),
                month.getYear(), month.getMonthValue(), edition.policies().size(), css, preface, categories,
                BookIndex.byDocNumber(edition), BookIndex.byIssuer(edition),
                GuideAppendix.of(edition, compendium.config().guidance(), p -> BookIds.section(p)),
                EditionChanges.of(Chronicle.of(compendium), edition, BookIds::section));
    }

    /**
     * The month on the cover: when the edition's text was settled, the day it is compiled for (31 December),
     * or the build's month for an edition of a year not over yet. An earlier year's edition built again later
     * keeps its own date, not the month of the rebuild.
     */
    static YearMonth coverMonth(Edition edition, LocalDate built) {
        return YearMonth.from(built.isBefore(edition.date()) ? built : edition.date());
    }

    private static String categoryId(int index) {
        return "cat-" + (index + 1);
    }

    private PrintBook.PrintPolicy policy(Policy policy, Edition edition, PrintBody bodies) {
        PolicyMeta m = policy.meta();
        List<PrintBook.OutlineEntry> outline = policy.body().toc().stream().filter(a -> a.depth() == 1)
                .map((Anchor a) -> new PrintBook.OutlineEntry(a.label(), BookIds.anchor(policy.id(), a.id())))
                .toList();
        List<PrintBook.PrintNote> notes = compendium.interpretationsOf(policy.id()).stream()
                .map((Interpretation n) -> new PrintBook.PrintNote(BookIds.section(n), n.title(),
                        n.meta().form().label(), ChineseDates.format(n.meta().issued()), bodies.render(n)))
                .toList();
        return new PrintBook.PrintPolicy(BookIds.section(policy), policy.title(),
                m.docNumber().map(ChineseText::docNumber).orElse(""), m.issuers(), ChineseDates.format(m.issued()),
                ChineseDates.format(m.effective()), m.expires().map(ChineseDates::format).orElse(""),
                compendium.status(policy, edition.date()), outline, bodies.render(policy), notes);
    }
}
