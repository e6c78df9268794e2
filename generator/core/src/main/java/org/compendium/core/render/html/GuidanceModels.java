package org.compendium.core.render.html;

import java.util.List;
import java.util.Map;

/** The data models of the 政策兑现 pages: offices, 政策匹配, 申报日历, 免申即享. Thread-safe. */
final class GuidanceModels {
    static final String SECTION = "guidance";
    private final PageModels models;
    private final GuidanceIndex index;

    private final java.time.LocalDate asOf;

    GuidanceModels(PageModels models, GuidanceIndex index, java.time.LocalDate asOf) {
        this.models = models;
        this.index = index;
        this.asOf = asOf;
    }

    Map<String, Object> offices() {
        Map<String, Object> m = models.common("offices/index.html", SECTION, "受理处室与联系电话");
        m.put("offices", index.offices());
        return m;
    }

    Map<String, Object> office(GuidanceIndex.OfficeEntry office) {
        Map<String, Object> m = models.common(office.url(), SECTION, office.office().name());
        m.put("entry", office);
        return m;
    }

    Map<String, Object> match() {
        Map<String, Object> m = models.common("match/index.html", SECTION, "政策匹配");
        m.put("policies", index.inForce());
        m.put("audiences", index.guidance().audiences());
        m.put("supportTypes", index.guidance().supportTypes());
        return m;
    }

    Map<String, Object> calendar() {
        Map<String, Object> m = models.common("calendar/index.html", SECTION, "申报日历");
        m.put("calendar", GuidanceCalendar.of(index, asOf));
        return m;
    }

    Map<String, Object> noApplication() {
        Map<String, Object> m = models.common("no-application/index.html", SECTION, "免申即享政策清单");
        m.put("policies", index.noApplication());
        return m;
    }

    /** The pages, as (template, file, model) for the site renderer. */
    List<GuidancePage> pages() {
        List<GuidancePage> pages = new java.util.ArrayList<>();
        pages.add(new GuidancePage("site/match.ftlh", "match/index.html", this::match));
        pages.add(new GuidancePage("site/calendar.ftlh", "calendar/index.html", this::calendar));
        pages.add(new GuidancePage("site/offices.ftlh", "offices/index.html", this::offices));
        for (GuidanceIndex.OfficeEntry o : index.offices()) {
            pages.add(new GuidancePage("site/office.ftlh", o.url(), () -> office(o)));
        }
        pages.add(new GuidancePage("site/no-application.ftlh", "no-application/index.html", this::noApplication));
        return pages;
    }

    record GuidancePage(String template, String file, java.util.function.Supplier<Map<String, Object>> model) {
    }
}
