package org.compendium.core.render;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.ApplyWindow;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Guidance;
import org.compendium.core.model.Office;
import org.compendium.core.model.Policy;

/**
 * The data of an edition's appendix 申报指南速查 (PDF and EPUB): a table per category of the policies with an
 * {@code apply:} block, in book order, and the same policies by 适用对象 (in the vocabulary's order). Only
 * data; the wording is the templates'.
 *
 * @param tables     per category, the categories in book order; categories without such policies are left out
 * @param byAudience per 适用对象 that some policy names
 */
public record GuideAppendix(List<Table> tables, List<AudienceGroup> byAudience) {

    public GuideAppendix {
        tables = List.copyOf(tables);
        byAudience = List.copyOf(byAudience);
    }

    /**
     * One policy's row.
     *
     * @param link          where the policy is in this format (an element id of the PDF, a chapter of the EPUB)
     * @param windows       申报时间 as readers read them (每年3月1日至4月30日, 常年受理)
     * @param noApplication 免申即享
     * @param office        the office's name, or its key when the registry lacks it
     * @param phone         the policy's own number, else the office's
     */
    public record Row(String link, String title, List<String> audiences, List<String> supportTypes,
                      List<String> windows, boolean noApplication, String office, String phone) {
        public Row {
            audiences = List.copyOf(audiences);
            supportTypes = List.copyOf(supportTypes);
            windows = List.copyOf(windows);
        }
    }

    public record Table(String category, List<Row> rows) {
        public Table {
            rows = List.copyOf(rows);
        }
    }

    public record AudienceGroup(String audience, List<Row> rows) {
        public AudienceGroup {
            rows = List.copyOf(rows);
        }
    }

    /** The appendix of {@code edition}, or null when none of its policies has an {@code apply:} block. */
    public static GuideAppendix of(Edition edition, Guidance guidance, Function<Policy, String> link) {
        List<Table> tables = new ArrayList<>();
        List<Row> all = new ArrayList<>();
        for (Edition.CategoryGroup group : edition.categories()) {
            List<Row> rows = group.policies().stream().filter(p -> p.meta().apply().isPresent())
                    .map(p -> row(p, p.meta().apply().get(), guidance, link)).toList();
            if (!rows.isEmpty()) {
                tables.add(new Table(group.category(), rows));
                all.addAll(rows);
            }
        }
        if (all.isEmpty()) {
            return null;
        }
        List<AudienceGroup> byAudience = new ArrayList<>();
        for (String audience : guidance.audiences()) {
            List<Row> rows = all.stream().filter(r -> r.audiences().contains(audience)).toList();
            if (!rows.isEmpty()) {
                byAudience.add(new AudienceGroup(audience, rows));
            }
        }
        return new GuideAppendix(tables, byAudience);
    }

    private static Row row(Policy p, ApplyInfo a, Guidance guidance, Function<Policy, String> link) {
        Office office = a.office().flatMap(guidance::office).orElse(null);
        String officeName = office != null ? office.name() : a.office().orElse("");
        String phone = a.phone().orElse(office != null ? office.phone() : "");
        return new Row(link.apply(p), p.title(), a.audiences(), a.supportTypes(),
                a.windows().stream().map(ApplyWindow::label).toList(), a.noApplication(), officeName, phone);
    }
}
