package org.compendium.core.render;

import java.text.Collator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.compendium.core.internal.Pinyin;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Summary;

/**
 * Decides which annual editions to build and what goes into each: the year's summary, then the policies
 * in force (现行有效) on YYYY-12-31, grouped by category in pinyin order (uncategorised last) and ordered by
 * issue date.
 */
public final class EditionPlanner {
    public static final String UNCATEGORISED = "其他";

    /** @param years the editions asked for; empty means every year with a summary */
    public List<Edition> plan(Compendium compendium, List<Integer> years, Diagnostics diagnostics) {
        List<Integer> wanted = years.isEmpty()
                ? compendium.summaries().stream().map(Summary::year).toList() : years;
        List<Edition> editions = new ArrayList<>();
        for (int year : wanted.stream().distinct().sorted().toList()) {
            if (compendium.summary(year).isEmpty()) {
                diagnostics.warning("summaries/" + year + ".md", 0, 0, "edition " + year
                        + " has no annual summary; it is built without a preface; expected summaries/" + year + ".md");
            }
            editions.add(edition(compendium, year));
        }
        return editions;
    }

    public Edition edition(Compendium compendium, int year) {
        LocalDate date = LocalDate.of(year, 12, 31);
        Collator pinyin = Pinyin.order();
        Map<String, List<Policy>> byCategory = new TreeMap<>((a, b) -> a.equals(b) ? 0
                : a.equals(UNCATEGORISED) ? 1 : b.equals(UNCATEGORISED) ? -1 : pinyin.compare(a, b));
        compendium.policies().stream()
                .filter(p -> compendium.status(p, date).inForce())
                .sorted(Comparator.comparing((Policy p) -> p.meta().issued()).thenComparing(Policy::id))
                .forEach(p -> byCategory.computeIfAbsent(p.meta().category().orElse(UNCATEGORISED),
                        k -> new ArrayList<>()).add(p));
        List<Edition.CategoryGroup> groups = byCategory.entrySet().stream()
                .map(e -> new Edition.CategoryGroup(e.getKey(), e.getValue())).collect(Collectors.toList());
        return new Edition(year, date, compendium.summary(year), groups);
    }
}
