package org.compendium.core.history;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.ContentHistory;
import org.compendium.core.model.Document;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Revision;
import org.compendium.core.model.Status;
import org.compendium.core.model.Summary;

/**
 * The compendium over time: its annual editions and what each changes (本版变化), every policy's lineage
 * through {@code superseded_by} and the dates of its life, the 修订对照表 of every revision, and the
 * corrections git recorded. Comparisons are computed once, when first asked for. Thread-safe.
 */
public final class Chronicle {
    private static final Comparator<Policy> BY_ISSUE = Comparator.comparing((Policy p) -> p.meta().issued())
            .thenComparing(Policy::id);
    private final Compendium compendium;
    private final List<Integer> editionYears;
    private final Map<String, Comparison> comparisons = new ConcurrentHashMap<>();
    private final Map<Integer, ChangeReport> reports = new ConcurrentHashMap<>();

    public Chronicle(Compendium compendium) {
        this.compendium = compendium;
        this.editionYears = compendium.summaries().stream().map(Summary::year).sorted().toList();
    }

    /** The chronicle of {@code compendium}, shared by the formats: each comparison is computed once per build. */
    public static Chronicle of(Compendium compendium) {
        return compendium.derived(Chronicle.class, Chronicle::new);
    }

    public Compendium compendium() {
        return compendium;
    }

    /** The years with an annual edition (a summary), oldest first. */
    public List<Integer> editionYears() {
        return editionYears;
    }

    /** The edition before {@code year}: the latest earlier year with an edition. */
    public Optional<Integer> previousEdition(int year) {
        return editionYears.stream().filter(y -> y < year).reduce((a, b) -> b);
    }

    /** The policies in force on 31 December of {@code year}, in issue order: edition {@code year}'s content. */
    public List<Policy> inForce(int year) {
        LocalDate date = LocalDate.of(year, 12, 31);
        return compendium.policies().stream().filter(p -> compendium.status(p, date).inForce()).sorted(BY_ISSUE).toList();
    }

    /** Every revision: (old, new) where old's superseded_by names new, in the new version's issue order. */
    public List<Pair> pairs() {
        List<Pair> out = new ArrayList<>();
        compendium.policies().stream().sorted(BY_ISSUE).forEach(now -> compendium.supersededPolicies(now.id()).stream()
                .sorted(BY_ISSUE).forEach(old -> out.add(new Pair(old, now))));
        return out;
    }

    /** A revision: {@code before}'s superseded_by names {@code after}. */
    public record Pair(Policy before, Policy after) {
    }

    /** The 修订对照表 of two versions (of the clauses of their texts as they are now). */
    public Comparison comparison(Policy before, Policy after) {
        return comparisons.computeIfAbsent(before.id() + "\n" + after.id(),
                k -> ClauseAligner.compare(ClauseSplitter.of(before.body()), ClauseSplitter.of(after.body())));
    }

    /** The change report of edition {@code year}. */
    public ChangeReport changeReport(int year) {
        return reports.computeIfAbsent(year, this::report);
    }

    private ChangeReport report(int year) {
        LocalDate date = LocalDate.of(year, 12, 31);
        List<Policy> now = inForce(year);
        Optional<Integer> previous = previousEdition(year);
        ContentHistory history = compendium.history();
        String note = history.available() ? "" : "本版未核对内容更正（内容目录无 git 历史）";
        if (previous.isEmpty()) {
            return new ChangeReport(year, ChineseDates.format(date), 0, "", now.size(), 0, List.of(), List.of(),
                    List.of(), List.of(), List.of(), 0, note);
        }
        LocalDate before = LocalDate.of(previous.get(), 12, 31);
        List<Policy> then = inForce(previous.get());
        Set<String> thenIds = ids(then);
        Set<String> nowIds = ids(now);
        List<ChangeReport.Replacement> revised = new ArrayList<>();
        List<PolicyRef> added = new ArrayList<>();
        for (Policy p : now) {
            if (thenIds.contains(p.id())) {
                continue;
            }
            List<Policy> replaced = compendium.supersededPolicies(p.id()).stream()
                    .filter(old -> thenIds.contains(old.id())).sorted(BY_ISSUE).toList();
            replaced.forEach(old -> revised.add(replacement(old, p)));
            if (replaced.isEmpty()) {
                added.add(PolicyRef.of(p));
            }
        }
        List<ChangeReport.Ended> repealed = new ArrayList<>();
        List<ChangeReport.Ended> expired = new ArrayList<>();
        for (Policy p : then) {
            if (nowIds.contains(p.id())) {
                continue;
            }
            Status status = compendium.status(p, date);
            if (status == Status.REPEALED) {
                LocalDate d = p.meta().repealed().orElseThrow();
                repealed.add(new ChangeReport.Ended(PolicyRef.of(p), ChineseDates.format(d), d.toString(), "决定废止"));
            } else if (status == Status.EXPIRED) {
                LocalDate d = p.meta().expires().orElseThrow();
                expired.add(new ChangeReport.Ended(PolicyRef.of(p), ChineseDates.format(d), d.toString(), "有效期届满"));
            } else if (status == Status.AMENDED && revised.stream().noneMatch(r -> r.before().id().equals(p.id()))) {
                compendium.policy(p.meta().supersededBy().orElseThrow()).ifPresent(s -> revised.add(replacement(p, s)));
            }
        }
        List<ChangeReport.Correction> corrected = new ArrayList<>();
        for (Policy p : now) {
            if (thenIds.contains(p.id())) {
                correction(p, history, before, date).ifPresent(corrected::add);
            }
        }
        int unchanged = (int) now.stream().filter(p -> thenIds.contains(p.id())).count() - corrected.size();
        return new ChangeReport(year, ChineseDates.format(date), previous.get(), ChineseDates.format(before),
                now.size(), then.size(), added, revised, repealed, expired, corrected, unchanged, note);
    }

    private ChangeReport.Replacement replacement(Policy old, Policy now) {
        return new ChangeReport.Replacement(PolicyRef.of(old), PolicyRef.of(now),
                ChineseDates.format(now.meta().effective()), comparison(old, now));
    }

    private static Optional<ChangeReport.Correction> correction(Policy p, ContentHistory history, LocalDate from,
                                                                LocalDate to) {
        Optional<Revision> then = history.asOf(p.path(), from);
        Optional<Revision> now = history.asOf(p.path(), to);
        if (then.isEmpty() || now.isEmpty() || then.get().equals(now.get())
                || then.get().text().equals(now.get().text())) {
            return Optional.empty();
        }
        Comparison c = ClauseAligner.compare(ClauseSplitter.ofSource(then.get().text()),
                ClauseSplitter.ofSource(now.get().text()));
        List<ChangeReport.Commit> commits = history.of(p.path()).stream()
                .filter(r -> r.date().isAfter(from) && !r.date().isAfter(to)).map(ChangeReport.Commit::of).toList();
        return Optional.of(new ChangeReport.Correction(PolicyRef.of(p), commits, c));
    }

    private static Set<String> ids(List<Policy> policies) {
        Set<String> out = new java.util.HashSet<>();
        policies.forEach(p -> out.add(p.id()));
        return out;
    }

    /** The policies linked to {@code policy} through superseded_by, either way and transitively, in issue order. */
    public List<Policy> lineage(Policy policy) {
        Set<String> seen = new LinkedHashSet<>();
        Deque<Policy> todo = new ArrayDeque<>(List.of(policy));
        List<Policy> out = new ArrayList<>();
        while (!todo.isEmpty()) {
            Policy p = todo.pop();
            if (!seen.add(p.id())) {
                continue;
            }
            out.add(p);
            p.meta().supersededBy().flatMap(compendium::policy).ifPresent(todo::add);
            todo.addAll(compendium.supersededPolicies(p.id()));
        }
        return out.size() == 1 ? List.of() : out.stream().sorted(BY_ISSUE).toList();
    }

    /** A day in a policy's life: 发布, 施行, 修订, 废止, 失效. */
    public record LifeEvent(String date, String dateIso, String label, String detail, String policyId) {
    }

    /** The dates of a policy's life in date order (with the revisions that replaced it or that it replaced). */
    public List<LifeEvent> life(Policy policy) {
        var m = policy.meta();
        List<LifeEvent> out = new ArrayList<>();
        out.add(event(m.issued(), "发布", "", ""));
        out.add(event(m.effective(), "施行", m.effective().isBefore(m.issued()) ? "追溯施行" : "", ""));
        compendium.supersededPolicies(policy.id()).stream().sorted(BY_ISSUE)
                .forEach(old -> out.add(event(m.effective(), "修订", "本文件修订并取代", old.id())));
        m.supersededBy().flatMap(compendium::policy)
                .ifPresent(s -> out.add(event(s.meta().effective(), "被修订", "由下列文件修订并取代", s.id())));
        m.repealed().ifPresent(d -> out.add(event(d, "废止", "决定废止", "")));
        m.expires().ifPresent(d -> out.add(event(d, "失效", "有效期届满（有效期至该日）", "")));
        return out.stream().sorted(Comparator.comparing(LifeEvent::dateIso)).toList();
    }

    private static LifeEvent event(LocalDate d, String label, String detail, String policyId) {
        return new LifeEvent(ChineseDates.format(d), d.toString(), label, detail, policyId);
    }

    /**
     * A policy's status in an edition.
     *
     * @param included whether the edition holds it (it was in force on 31 December)
     */
    public record EditionStatus(int year, Status status, boolean included) {
    }

    /** The policy's status in every edition from the year it was issued on. */
    public List<EditionStatus> editionStatuses(Policy policy) {
        int issued = policy.meta().issued().getYear();
        return editionYears.stream().filter(y -> y >= issued).map(y -> {
            Status s = compendium.status(policy, LocalDate.of(y, 12, 31));
            return new EditionStatus(y, s, s.inForce());
        }).toList();
    }

    /** A commit that changed a document, with what it changed (none for the commit that added it). */
    public record Correction(ChangeReport.Commit commit, boolean first, Comparison comparison) {
    }

    /** The commits that changed a document's file, newest first, each compared with the version before. */
    public List<Correction> corrections(Document doc) {
        List<Revision> revisions = compendium.history().of(doc.path());
        List<Correction> out = new ArrayList<>();
        for (int i = revisions.size() - 1; i >= 0; i--) {
            Revision r = revisions.get(i);
            Comparison c = i == 0 ? null : ClauseAligner.compare(ClauseSplitter.ofSource(revisions.get(i - 1).text()),
                    ClauseSplitter.ofSource(r.text()));
            out.add(new Correction(ChangeReport.Commit.of(r), i == 0, c));
        }
        return out;
    }

    /** The day of the last commit that changed the document's file (最后更新). */
    public Optional<String> lastUpdated(Document doc) {
        List<Revision> revisions = compendium.history().of(doc.path());
        return revisions.isEmpty() ? Optional.empty()
                : Optional.of(ChineseDates.format(revisions.get(revisions.size() - 1).date()));
    }
}
