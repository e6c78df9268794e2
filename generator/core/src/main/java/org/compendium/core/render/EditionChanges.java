package org.compendium.core.render;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.compendium.core.history.ChangeReport;
import org.compendium.core.history.Chronicle;
import org.compendium.core.history.Comparison;
import org.compendium.core.history.PolicyRef;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;

/**
 * The data of an edition's 本版变化 section and 修订对照 appendix (PDF and EPUB): the change report the site's
 * edition page shows ({@link Chronicle#changeReport}), where the policies it names are in this format, and the
 * 修订对照表 of the revisions whose new version first appears in this edition (the comparisons the site's
 * comparison pages show, not computed again), then the 对照表 of the report's 内容更正 (text corrected between the
 * two editions' cut-off dates, from git). Only data; the wording is the templates'.
 *
 * @param report      the change report (本版变化)
 * @param comparisons the appendix 修订对照, in the order of the report's 修订 list, then other revisions whose new
 *                    version is new in this edition (the first edition's, say), in issue order
 * @param corrections the report's 内容更正 whose clauses changed (not those whose text differs in layout only), in
 *                    the report's order: the appendix's tables after the revisions'
 * @param links       where each policy of this edition is (an element id of the PDF, a chapter of the EPUB), by id
 */
public record EditionChanges(ChangeReport report, List<Revision> comparisons, List<Correction> corrections,
                             Map<String, String> links) {

    public EditionChanges {
        comparisons = List.copyOf(comparisons);
        corrections = List.copyOf(corrections);
        links = Map.copyOf(links);
    }

    /**
     * A revision printed in the appendix.
     *
     * @param anchor     the element id of its 对照表, {@code cmp-OLD--NEW} (the templates put the EPUB's file before it)
     * @param effective  the day the new version took effect (2024年3月1日)
     * @param comparison clause by clause; {@code comparison.rows()} in text order
     */
    public record Revision(String anchor, PolicyRef before, PolicyRef after, String effective, Comparison comparison) {
    }

    /**
     * A 内容更正 printed in the appendix: the policy's text at the previous edition's cut-off date against this
     * edition's.
     *
     * @param anchor     the element id of its 对照表, {@code fix-ID}
     * @param commits    the commits between the two dates that touched it, oldest first
     * @param comparison clause by clause; {@code comparison.changes()} the rows the table shows
     */
    public record Correction(String anchor, PolicyRef policy, List<ChangeReport.Commit> commits,
                             Comparison comparison) {
        public Correction {
            commits = List.copyOf(commits);
        }
    }

    /** True when the edition has an appendix 修订对照: a revision or a correction to show. */
    public boolean hasAppendix() {
        return !comparisons.isEmpty() || !corrections.isEmpty();
    }

    /** Where the policy with this id is in this format, or empty when the edition does not hold it. */
    public String link(String policyId) {
        return links.getOrDefault(policyId, "");
    }

    /** The element id of a correction's 对照表, or empty when the appendix does not hold it. */
    public String correctionAnchor(String policyId) {
        return corrections.stream().filter(k -> k.policy().id().equals(policyId)).map(Correction::anchor)
                .findFirst().orElse("");
    }

    /** The element id of a revision's 对照表, or empty when the appendix does not hold it. */
    public String comparisonAnchor(String beforeId, String afterId) {
        return comparisons.stream().filter(r -> r.before().id().equals(beforeId) && r.after().id().equals(afterId))
                .map(Revision::anchor).findFirst().orElse("");
    }

    /**
     * The section and appendix of {@code edition}.
     *
     * @param policyLink where a policy of the edition is in this format
     */
    public static EditionChanges of(Chronicle chronicle, Edition edition, Function<Policy, String> policyLink) {
        ChangeReport report = chronicle.changeReport(edition.year());
        Map<String, String> links = new LinkedHashMap<>();
        edition.policies().forEach(p -> links.put(p.id(), policyLink.apply(p)));
        Set<String> previous = new HashSet<>();
        chronicle.previousEdition(edition.year())
                .ifPresent(y -> chronicle.inForce(y).forEach(p -> previous.add(p.id())));
        List<Revision> revisions = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (ChangeReport.Replacement r : report.revised()) {
            if (seen.add(r.before().id() + "\n" + r.after().id())) {
                revisions.add(new Revision(anchor(r.before(), r.after()), r.before(), r.after(),
                        r.effective(), r.comparison()));
            }
        }
        for (Chronicle.Pair pair : chronicle.pairs()) {
            Policy after = pair.after();
            if (links.containsKey(after.id()) && !previous.contains(after.id())
                    && seen.add(pair.before().id() + "\n" + after.id())) {
                PolicyRef before = PolicyRef.of(pair.before());
                PolicyRef now = PolicyRef.of(after);
                revisions.add(new Revision(anchor(before, now), before, now,
                        ChineseDates.format(after.meta().effective()),
                        chronicle.comparison(pair.before(), after)));
            }
        }
        List<Correction> corrections = report.corrected().stream().filter(k -> !k.comparison().identical())
                .map(k -> new Correction("fix-" + k.policy().id(), k.policy(), k.commits(), k.comparison())).toList();
        return new EditionChanges(report, revisions, corrections, links);
    }

    private static String anchor(PolicyRef before, PolicyRef after) {
        return "cmp-" + before.id() + "--" + after.id();
    }
}
