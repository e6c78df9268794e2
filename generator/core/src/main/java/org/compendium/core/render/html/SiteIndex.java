package org.compendium.core.render.html;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.compendium.core.internal.Pinyin;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Status;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.paths.UrlPaths;

/**
 * The site's groupings of policies: by year, category (主题分类), issuing body (发布机关) and status
 * (时效性), each list newest first. Categories and issuers are in pinyin order.
 */
public record SiteIndex(List<PolicyEntry> all, List<Facet> years, List<Facet> categories, List<Facet> issuers,
                        List<Facet> statuses) {

    public static SiteIndex of(Compendium compendium) {
        List<PolicyEntry> all = compendium.policies().parallelStream().sorted(Compendium.NEWEST_FIRST)
                .map(p -> PolicyEntry.of(p, compendium)).toList();
        Map<String, Policy> byId = new LinkedHashMap<>();
        compendium.policies().forEach(p -> byId.put(p.id(), p));
        Collator pinyin = Pinyin.order();
        TreeSet<Integer> yearSet = new TreeSet<>(Comparator.reverseOrder());
        all.forEach(e -> yearSet.add(Integer.parseInt(e.issuedIso().substring(0, 4))));
        compendium.summaries().forEach(s -> yearSet.add(s.year()));
        List<Facet> years = yearSet.stream().map(y -> facet("年份", y + "年", SitePaths.yearFolder(y),
                all.stream().filter(e -> e.issuedIso().startsWith(y + "-")).toList())).toList();
        List<Facet> categories = group(all, "主题分类", e -> List.of(e.category()), pinyin, SitePaths::categoryFolder);
        List<Facet> issuers = group(all, "发布机关", e -> byId.get(e.id()).meta().issuers(), pinyin,
                SitePaths::issuerFolder);
        List<Facet> statuses = new ArrayList<>();
        for (Status s : List.of(Status.IN_FORCE, Status.AMENDED, Status.EXPIRED, Status.REPEALED,
                Status.NOT_YET_EFFECTIVE)) {
            List<PolicyEntry> list = all.stream().filter(e -> e.status() == s).toList();
            if (!list.isEmpty()) {
                statuses.add(facet("时效性", s.label(), SitePaths.statusFolder(s), list));
            }
        }
        return new SiteIndex(all, years, categories, issuers, statuses);
    }

    private static List<Facet> group(List<PolicyEntry> all, String kind, Function<PolicyEntry, List<String>> keys,
                                     Collator order, Function<String, String> folder) {
        Map<String, List<PolicyEntry>> byKey = new HashMap<>();
        for (PolicyEntry e : all) {
            for (String key : keys.apply(e)) {
                if (!key.isBlank()) {
                    byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
                }
            }
        }
        Map<String, List<PolicyEntry>> groups = new TreeMap<>((a, b) -> {
            int c = order.compare(a, b);
            return c != 0 ? c : a.compareTo(b);
        });
        groups.putAll(byKey);
        return groups.entrySet().stream().map(g -> facet(kind, g.getKey(), folder.apply(g.getKey()), g.getValue()))
                .toList();
    }

    private static Facet facet(String kind, String name, String url, List<PolicyEntry> policies) {
        return new Facet(kind, name, url, UrlPaths.encode(url) + "index.html", policies);
    }

    /** Every list page: years, categories, issuers and statuses. */
    public List<Facet> facets() {
        List<Facet> out = new ArrayList<>(years);
        out.addAll(categories);
        out.addAll(issuers);
        out.addAll(statuses);
        return out;
    }
}
