package org.compendium.core.render.html;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.core.history.Chronicle;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Reference;
import org.compendium.core.model.Summary;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.paths.UrlPaths;
import org.compendium.core.render.ApplyView;
import org.compendium.core.render.EditionPlanner;
import org.compendium.core.render.XrefRewriter;

/** Builds the FreeMarker data model of each kind of page. Thread-safe. */
final class PageModels {
    private final Compendium compendium;
    private final SitePaths paths;
    private final SiteIndex index;
    private final List<Download> downloads;
    private final Map<String, NoteEntry> notes = new LinkedHashMap<>();
    /** Category → its list page (percent-encoded): made once, not per policy page. */
    private final Map<String, String> categoryUrls = new HashMap<>();
    private final String asOf;
    /** Whether pages link to the 政策兑现 pages (only when a policy has an apply block: other sites stay as they were). */
    private final boolean guidance;
    private final Chronicle chronicle;

    PageModels(Compendium compendium, SiteIndex index, List<Download> downloads) {
        this.compendium = compendium;
        this.paths = new SitePaths(compendium);
        this.index = index;
        this.downloads = List.copyOf(downloads);
        compendium.interpretations().stream()
                .sorted(java.util.Comparator.comparing((Interpretation i) -> i.meta().issued()).reversed()
                        .thenComparing(Interpretation::id))
                .forEach(i -> notes.put(i.id(), NoteEntry.of(i, compendium)));
        index.categories().forEach(f -> categoryUrls.put(f.name(), f.url()));
        this.asOf = ChineseDates.format(compendium.asOf());
        this.guidance = GuidanceIndex.wanted(compendium);
        this.chronicle = Chronicle.of(compendium);
    }

    Chronicle chronicle() {
        return chronicle;
    }

    List<NoteEntry> notesNewestFirst() {
        return List.copyOf(notes.values());
    }

    /** The model every page gets: site, links to the root, navigation section, downloads. */
    Map<String, Object> common(String page, String section, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("site", compendium.config());
        m.put("root", SitePaths.rootFrom(page));
        m.put("page", page);
        m.put("section", section);
        m.put("title", title);
        m.put("asOf", asOf);
        m.put("downloads", downloads);
        m.put("index", index);
        if (guidance) {
            m.put("guidanceNav", true);
        }
        return m;
    }

    Map<String, Object> home() {
        Map<String, Object> m = common("index.html", "home", compendium.config().title());
        m.put("latest", index.all().subList(0, Math.min(10, index.all().size())));
        List<NoteEntry> all = notesNewestFirst();
        m.put("latestNotes", all.subList(0, Math.min(5, all.size())));
        m.put("policyCount", index.all().size());
        m.put("noteCount", all.size());
        return m;
    }

    Map<String, Object> policy(Policy policy) {
        String page = SitePaths.page(policy);
        Map<String, Object> m = common(page, "policies", policy.title());
        var meta = policy.meta();
        m.put("doc", policy);
        m.put("meta", meta);
        m.put("status", compendium.status(policy));
        m.put("categoryUrl", meta.category().map(this::categoryUrl).orElse(""));
        m.put("issued", ChineseDates.format(meta.issued()));
        m.put("effective", ChineseDates.format(meta.effective()));
        m.put("expires", meta.expires().map(ChineseDates::format).orElse(""));
        m.put("repealed", meta.repealed().map(ChineseDates::format).orElse(""));
        m.put("notice", PolicyNotice.of(policy, compendium).orElse(null));
        m.put("predecessors", compendium.supersededPolicies(policy.id()).stream()
                .map(p -> PolicyEntry.of(p, compendium)).toList());
        m.put("toc", policy.body().toc());
        m.put("notes", compendium.interpretationsOf(policy.id()).stream().map(i -> notes.get(i.id())).toList());
        m.put("citedBy", related(compendium.referencesTo(policy.id()).stream().map(Reference::fromId)
                .filter(id -> compendium.interpretationsOf(policy.id()).stream().noneMatch(i -> i.id().equals(id)))
                .toList()));
        m.put("cites", related(compendium.referencesFrom(policy.id()).stream().map(Reference::toId).toList()));
        m.put("apply", meta.apply().map(a -> ApplyView.of(a, compendium.config().guidance(), compendium.asOf()))
                .orElse(null));
        m.put("jsonLd", JsonLd.legislation(policy, compendium));
        history(m, policy);
        m.put("body", body(policy, page));
        return m;
    }

    Map<String, Object> interpretation(Interpretation note) {
        String page = SitePaths.page(note);
        Map<String, Object> m = common(page, "interpretations", note.title());
        Policy policy = compendium.policy(note.meta().interprets()).orElseThrow();
        m.put("doc", note);
        m.put("note", notes.get(note.id()));
        m.put("policy", PolicyEntry.of(policy, compendium));
        m.put("toc", note.body().toc());
        m.put("body", body(note, page));
        m.put("lastUpdated", chronicle.lastUpdated(note).orElse(""));
        m.put("corrections", chronicle.corrections(note));
        return m;
    }

    Map<String, Object> year(Facet year, Optional<Summary> summary) {
        String page = year.folder() + "index.html";
        Map<String, Object> m = common(page, "years", summary.map(Summary::title).orElse(year.name() + "政策文件"));
        m.put("facet", year);
        m.put("summary", summary.orElse(null));
        m.put("body", summary.map(s -> body(s, page)).orElse(""));
        String prefix = year.name().substring(0, 4) + "-";
        m.put("yearNotes", notesNewestFirst().stream().filter(n -> n.issuedIso().startsWith(prefix)).toList());
        int y = Integer.parseInt(year.name().substring(0, 4));
        if (chronicle.editionYears().contains(y)) {
            m.put("edition", edition(y));
            m.put("changes", chronicle.changeReport(y));
        }
        return m;
    }

    /** Edition {@code year}'s content: the policies in force on 31 December by category, as in the PDF/EPUB. */
    private Map<String, Object> edition(int year) {
        Edition edition = new EditionPlanner().edition(compendium, year);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("year", year);
        m.put("date", ChineseDates.format(edition.date()));
        m.put("total", edition.policies().size());
        m.put("categories", edition.categories().stream().map(c -> Map.of("name", c.category(),
                "policies", c.policies().stream().map(p -> PolicyEntry.of(p, compendium)).toList())).toList());
        return m;
    }

    /** A policy's page: its lineage, the days of its life, its status per edition and its git history. */
    private void history(Map<String, Object> m, Policy policy) {
        List<Policy> lineage = chronicle.lineage(policy);
        m.put("lineage", lineage.stream().map(p -> PolicyEntry.of(p, compendium)).toList());
        m.put("revisions", lineage.stream()
                .flatMap(p -> p.meta().supersededBy().flatMap(compendium::policy).stream()
                        .map(after -> revision(p, after))).toList());
        m.put("life", chronicle.life(policy).stream().map(e -> {
            Optional<Policy> other = compendium.policy(e.policyId());
            return new TimelineEntry(e.date(), e.dateIso(), e.label(), e.detail(), other.map(Policy::title).orElse(""),
                    other.map(SitePaths::page).orElse(""));
        }).toList());
        m.put("editions", chronicle.editionStatuses(policy));
        m.put("lastUpdated", chronicle.lastUpdated(policy).orElse(""));
        m.put("corrections", chronicle.corrections(policy));
    }

    RevisionLink revision(Policy before, Policy after) {
        return new RevisionLink(PolicyEntry.of(before, compendium), PolicyEntry.of(after, compendium),
                SitePaths.comparison(before, after), chronicle.comparison(before, after));
    }

    /** The 修订对照表 page of a revision. */
    Map<String, Object> comparison(Policy before, Policy after) {
        RevisionLink link = revision(before, after);
        Map<String, Object> m = common(link.url(), "policies", "修订对照表：" + after.title());
        m.put("revision", link);
        return m;
    }

    Map<String, Object> list(Facet facet, String section) {
        Map<String, Object> m = common(facet.folder() + "index.html", section, facet.name());
        m.put("facet", facet);
        return m;
    }

    Map<String, Object> overview(String folder, String section, String title, List<Facet> facets) {
        Map<String, Object> m = common(folder + "index.html", section, title);
        m.put("facets", facets);
        return m;
    }

    Map<String, Object> notesList() {
        Map<String, Object> m = common("interpretations/index.html", "interpretations", "政策解读");
        m.put("notes", notesNewestFirst());
        return m;
    }

    private List<PolicyEntry> related(List<String> ids) {
        return ids.stream().distinct().sorted().map(compendium::document).flatMap(Optional::stream)
                .map(d -> new PolicyEntry(d.id(), d.title(), SitePaths.page(d), "", "", "", "", "",
                        d instanceof Policy p ? compendium.status(p) : null, 0))
                .toList();
    }

    private String categoryUrl(String category) {
        String url = categoryUrls.get(category);
        return url != null ? url : UrlPaths.encode(SitePaths.categoryFolder(category)) + "index.html";
    }

    private String body(Document doc, String page) {
        String html = XrefRewriter.rewrite(doc.body().html(), t -> paths.href(page, t));
        return BodyDecorator.decorate(html, doc.body());
    }
}
