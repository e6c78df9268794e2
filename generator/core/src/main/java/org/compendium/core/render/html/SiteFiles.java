package org.compendium.core.render.html;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import org.compendium.core.history.ChangeReportJson;
import org.compendium.core.history.Chronicle;
import org.compendium.core.internal.Json;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Policy;
import org.compendium.core.output.OutputFiles;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.render.template.TemplateEngine;

/**
 * The site's machine-readable and special files: {@code feed.xml} (Atom), {@code sitemap.xml},
 * {@code robots.txt}, {@code catalogue.json} and {@code 404.html}.
 */
final class SiteFiles {
    private static final int FEED_ENTRIES = 30;
    private final Compendium compendium;
    private final SiteIndex index;
    private final PageModels models;
    /** The 政策兑现 pages' index, or null when no policy has an apply block. */
    private final GuidanceIndex guidance;

    SiteFiles(Compendium compendium, SiteIndex index, PageModels models) {
        this.compendium = compendium;
        this.index = index;
        this.models = models;
        this.guidance = GuidanceIndex.wanted(compendium) ? GuidanceIndex.of(compendium) : null;
    }

    /** One entry of the Atom feed: a policy or an interpretation note. */
    public record FeedEntry(String title, String url, String date, String summary, String kind) {
    }

    void write(TemplateEngine templates, OutputFiles output, Diagnostics diagnostics) throws IOException {
        Path out = output.root();
        String base = compendium.config().baseUrl();
        Map<String, Object> feed = models.common("feed.xml", "feed", compendium.config().title());
        feed.put("updated", compendium.buildTime().toString());
        feed.put("base", base);
        feed.put("entries", feedEntries());
        SiteRenderer.writeOrThrow(output, templates.render("site/feed.ftlx", feed, "", diagnostics), out.resolve("feed.xml"));
        Map<String, Object> sitemap = models.common("sitemap.xml", "sitemap", "");
        sitemap.put("urls", sitemapUrls(base));
        SiteRenderer.writeOrThrow(output, templates.render("site/sitemap.ftlx", sitemap, "", diagnostics),
                out.resolve("sitemap.xml"));
        Map<String, Object> notFound = models.common("404.html", "404", "页面未找到");
        notFound.put("root", URI.create(base).getPath());
        SiteRenderer.writeOrThrow(output, templates.render("site/404.ftlh", notFound, "", diagnostics),
                out.resolve("404.html"));
        output.write(out.resolve("robots.txt"), robots(base));
        output.write(out.resolve("catalogue.json"), catalogue());
        if (guidance != null) {
            output.write(out.resolve("calendar.ics"), new CalendarFile(compendium, guidance).text());
        }
        Chronicle chronicle = models.chronicle();
        for (int year : chronicle.editionYears()) {
            output.write(out.resolve("changes-" + year + ".json"), ChangeReportJson.write(chronicle.changeReport(year),
                    id -> SitePaths.publicUrl(compendium, compendium.policy(id).orElseThrow(), ""),
                    (a, b) -> base + SitePaths.comparison(compendium.policy(a).orElseThrow(),
                            compendium.policy(b).orElseThrow())));
        }
    }

    /**
     * {@code robots.txt}. Crawlers read it only at the root of the host: when {@code base_url} has a path
     * (https://kjj.example.gov.cn/zchb/), the file written here is not read where it lies; it says so in its
     * first lines and holds the rules for the site's own path, to merge into the host's robots.txt
     * (docs/outputs.md, "robots.txt under a base path").
     */
    static String robots(String base) {
        URI uri = URI.create(base);
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        String rules = "User-agent: *\nAllow: " + path + "\nSitemap: " + base + "sitemap.xml\n";
        if (path.equals("/")) {
            return rules;
        }
        String root = uri.getScheme() + "://" + uri.getRawAuthority() + "/robots.txt";
        return "# 爬虫只读取站点根目录的 robots.txt（" + root + "），不读取本文件。\n"
                + "# 本站位于 " + path + " 之下：请将以下规则并入 " + root + "，\n"
                + "# 或由服务器在该地址提供本文件（见 docs/outputs.md「robots.txt under a base path」）。\n"
                + "# Crawlers read robots.txt only at " + root + ": merge these rules into it.\n" + rules;
    }

    private List<FeedEntry> feedEntries() {
        List<FeedEntry> entries = new ArrayList<>();
        String base = compendium.config().baseUrl();
        for (PolicyEntry p : index.all()) {
            String summary = (p.docNumber().isEmpty() ? "" : p.docNumber() + "，") + p.issuer() + "，" + p.issued()
                    + "发布（" + p.status().label() + "）";
            entries.add(new FeedEntry(p.title(), base + folder(p.url()), p.issuedIso(), summary, "政策文件"));
        }
        for (NoteEntry n : models.notesNewestFirst()) {
            entries.add(new FeedEntry(n.title(), base + folder(n.url()), n.issuedIso(),
                    n.form() + "：《" + n.policyTitle() + "》", "政策解读"));
        }
        entries.sort(Comparator.comparing(FeedEntry::date).reversed().thenComparing(FeedEntry::url));
        return entries.subList(0, Math.min(FEED_ENTRIES, entries.size()));
    }

    private List<String> sitemapUrls(String base) {
        List<String> urls = new ArrayList<>();
        urls.add(base);
        for (String folder : List.of("policies/", "interpretations/", "years/", "categories/", "issuers/", "status/",
                "search/")) {
            urls.add(base + folder);
        }
        index.all().forEach(p -> urls.add(base + folder(p.url())));
        models.notesNewestFirst().forEach(n -> urls.add(base + folder(n.url())));
        index.facets().forEach(f -> urls.add(base + folder(f.url())));
        models.chronicle().pairs().forEach(pair -> urls.add(base + SitePaths.comparison(pair.before(), pair.after())));
        if (guidance != null) {
            for (String folder : List.of("match/", "calendar/", "no-application/", "offices/")) {
                urls.add(base + folder);
            }
            guidance.offices().forEach(o -> urls.add(base + folder(o.url())));
        }
        return urls.stream().distinct().sorted().toList();
    }

    /** The public folder URL of a page: {@code policies/x/index.html} → {@code policies/x/}. */
    private static String folder(String page) {
        return page.endsWith("index.html") ? page.substring(0, page.length() - "index.html".length()) : page;
    }

    private String catalogue() {
        StringJoiner policies = new StringJoiner(",\n", "[\n", "\n]");
        for (Policy p : compendium.policies().stream().sorted(Compendium.NEWEST_FIRST).toList()) {
            policies.add(policyJson(p));
        }
        Map<String, String> head = new LinkedHashMap<>();
        head.put("title", compendium.config().title());
        head.put("publisher", compendium.config().publisher());
        head.put("base_url", compendium.config().baseUrl());
        head.put("as_of", compendium.asOf().toString());
        head.put("generated", compendium.buildTime().toString());
        StringBuilder out = new StringBuilder("{\n");
        head.forEach((k, v) -> out.append("\"").append(k).append("\": ").append(Json.string(v)).append(",\n"));
        return out.append("\"policies\": ").append(policies).append("\n}\n").toString();
    }

    private String policyJson(Policy p) {
        var m = p.meta();
        StringJoiner o = new StringJoiner(", ", "{", "}");
        o.add("\"id\": " + Json.string(p.id()));
        o.add("\"title\": " + Json.string(p.title()));
        o.add("\"doc_number\": " + m.docNumber().map(Json::string).orElse("null"));
        o.add("\"issuer\": " + list(m.issuers()));
        o.add("\"issued\": " + Json.string(m.issued().toString()));
        o.add("\"effective\": " + Json.string(m.effective().toString()));
        o.add("\"expires\": " + m.expires().map(d -> Json.string(d.toString())).orElse("null"));
        o.add("\"repealed\": " + m.repealed().map(d -> Json.string(d.toString())).orElse("null"));
        o.add("\"superseded_by\": " + m.supersededBy().map(Json::string).orElse("null"));
        o.add("\"status\": " + Json.string(compendium.status(p).label()));
        o.add("\"category\": " + m.category().map(Json::string).orElse("null"));
        o.add("\"tags\": " + list(m.tags()));
        o.add("\"url\": " + Json.string(SitePaths.publicUrl(compendium, p, "")));
        o.add("\"interpretations\": " + list(compendium.interpretationsOf(p.id()).stream().map(i -> i.id()).toList()));
        m.apply().ifPresent(a -> o.add("\"apply\": " + CatalogueApply.json(a, compendium)));
        return o.toString();
    }

    private static String list(List<String> values) {
        StringJoiner j = new StringJoiner(", ", "[", "]");
        values.forEach(v -> j.add(Json.string(v)));
        return j.toString();
    }
}
