package org.compendium.core.model;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The whole compendium, resolved and rendered to format-neutral bodies: what the HTML, PDF and EPUB
 * renderers work from. Immutable; lookups by id are indexed.
 */
public final class Compendium {
    /** Policies newest first (by issue date, then id), the order lists and feeds use. */
    public static final Comparator<Policy> NEWEST_FIRST = Comparator
            .comparing((Policy p) -> p.meta().issued()).reversed().thenComparing(Policy::id);

    private final SiteConfig config;
    private final List<Policy> policies;
    private final List<Interpretation> interpretations;
    private final List<Summary> summaries;
    private final List<ClauseNote> clauseNotes;
    private final List<Reference> references;
    private final Set<String> assets;
    private final Path contentRoot;
    private final LocalDate asOf;
    private final Instant buildTime;
    private final Map<String, Document> byId;
    private final Map<String, List<Interpretation>> interpretationsByPolicy;
    private final Map<String, List<ClauseNote>> notesByPolicy;
    private final Map<String, List<ClauseNote>> notesByInterpretation;
    private final Map<String, List<Reference>> referencesByTarget;
    private final Map<String, List<Reference>> referencesBySource;
    private final Map<String, List<Policy>> supersededBy;
    private final ContentHistory history;
    /** What formats derive from this compendium and share (see {@link #derived}), by kind. */
    private final Map<Class<?>, Object> derived = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * @param contentRoot the content folder (assets are copied from here)
     * @param asOf        the date statuses on the site are computed for
     * @param buildTime   the fixed build timestamp (SOURCE_DATE_EPOCH or the last commit)
     */
    public Compendium(SiteConfig config, List<Policy> policies, List<Interpretation> interpretations,
                      List<Summary> summaries, List<ClauseNote> clauseNotes, List<Reference> references,
                      Set<String> assets, Path contentRoot, LocalDate asOf, Instant buildTime) {
        this.config = config;
        this.policies = List.copyOf(policies);
        this.interpretations = List.copyOf(interpretations);
        this.summaries = List.copyOf(summaries);
        this.clauseNotes = List.copyOf(clauseNotes);
        this.references = List.copyOf(references);
        this.assets = Set.copyOf(assets);
        this.contentRoot = contentRoot;
        this.asOf = asOf;
        this.buildTime = buildTime;
        this.byId = documents().stream().collect(Collectors.toMap(Document::id, Function.identity()));
        this.interpretationsByPolicy = this.interpretations.stream()
                .sorted(Comparator.comparing((Interpretation i) -> i.meta().issued()).thenComparing(Interpretation::id))
                .collect(Collectors.groupingBy(i -> i.meta().interprets()));
        this.notesByPolicy = this.clauseNotes.stream().collect(Collectors.groupingBy(ClauseNote::policyId));
        this.notesByInterpretation = this.clauseNotes.stream()
                .collect(Collectors.groupingBy(ClauseNote::interpretationId));
        this.referencesByTarget = this.references.stream().collect(Collectors.groupingBy(Reference::toId));
        this.referencesBySource = this.references.stream().collect(Collectors.groupingBy(Reference::fromId));
        this.supersededBy = this.policies.stream().filter(p -> p.meta().supersededBy().isPresent())
                .collect(Collectors.groupingBy(p -> p.meta().supersededBy().orElseThrow()));
        this.history = ContentHistory.NONE;
    }

    /** A compendium that shares the lookups of {@code c} except those given. */
    private Compendium(Compendium c, List<Policy> policies, List<Interpretation> interpretations, List<Summary> summaries,
                       List<ClauseNote> clauseNotes, List<Reference> references, Map<String, Document> byId,
                       Map<String, List<Interpretation>> interpretationsByPolicy, Map<String, List<Policy>> supersededBy,
                       ContentHistory history) {
        this.config = c.config;
        this.policies = List.copyOf(policies);
        this.interpretations = List.copyOf(interpretations);
        this.summaries = List.copyOf(summaries);
        this.clauseNotes = List.copyOf(clauseNotes);
        this.references = List.copyOf(references);
        this.assets = c.assets;
        this.contentRoot = c.contentRoot;
        this.asOf = c.asOf;
        this.buildTime = c.buildTime;
        this.byId = byId;
        this.interpretationsByPolicy = interpretationsByPolicy;
        boolean sameNotes = this.clauseNotes == c.clauseNotes;
        this.notesByPolicy = sameNotes ? c.notesByPolicy
                : this.clauseNotes.stream().collect(Collectors.groupingBy(ClauseNote::policyId));
        this.notesByInterpretation = sameNotes ? c.notesByInterpretation
                : this.clauseNotes.stream().collect(Collectors.groupingBy(ClauseNote::interpretationId));
        boolean sameReferences = this.references == c.references;
        this.referencesByTarget = sameReferences ? c.referencesByTarget
                : this.references.stream().collect(Collectors.groupingBy(Reference::toId));
        this.referencesBySource = sameReferences ? c.referencesBySource
                : this.references.stream().collect(Collectors.groupingBy(Reference::fromId));
        this.supersededBy = supersededBy;
        this.history = history;
    }

    /** This compendium with the git history of its content folder (最后更新, 更正记录, 内容更正). */
    public Compendium withHistory(ContentHistory contentHistory) {
        return new Compendium(this, policies, interpretations, summaries, clauseNotes, references, byId,
                interpretationsByPolicy, supersededBy, contentHistory);
    }

    /**
     * A value computed from this compendium once and shared by every renderer that asks for it (the
     * {@code Chronicle} whose 修订对照表 the site, the PDF and the EPUB all show, say). The compendium is immutable,
     * so the value stays right; a compendium made with {@code with…} starts without.
     */
    public <T> T derived(Class<T> kind, Function<Compendium, T> make) {
        return kind.cast(derived.computeIfAbsent(kind, k -> make.apply(this)));
    }

    /** The git history of the content folder; {@link ContentHistory#NONE} when it was not read. */
    public ContentHistory history() {
        return history;
    }

    /**
     * This compendium with new bodies for some documents, which keep their ids, paths and metadata, and
     * with the clause notes and references as they now are: the preview's incremental rebuild, which
     * changes one document of thousands. What the change leaves as it was (orders, lookups; the note and
     * reference lookups when the same lists are passed) is shared, not built again. Equal to the compendium
     * the public constructor would give.
     *
     * @param bodies new bodies by document id
     */
    public Compendium withBodies(Map<String, Body> bodies, List<ClauseNote> clauseNotes, List<Reference> references) {
        Map<String, Document> ids = new java.util.HashMap<>(byId);
        List<Policy> newPolicies = new java.util.ArrayList<>();
        List<Interpretation> newNotes = new java.util.ArrayList<>();
        List<Policy> ps = policies.stream().map(p -> !bodies.containsKey(p.id()) ? p
                : put(ids, newPolicies, new Policy(p.meta(), p.path(), bodies.get(p.id())))).toList();
        List<Interpretation> is = interpretations.stream().map(i -> !bodies.containsKey(i.id()) ? i
                : put(ids, newNotes, new Interpretation(i.meta(), i.path(), bodies.get(i.id())))).toList();
        List<Summary> ss = summaries.stream().map(s -> !bodies.containsKey(s.id()) ? s
                : put(ids, new java.util.ArrayList<>(), new Summary(s.meta(), s.path(), bodies.get(s.id())))).toList();
        return new Compendium(this, ps, is, ss, clauseNotes, references, ids,
                regrouped(interpretationsByPolicy, newNotes, i -> Optional.of(i.meta().interprets())),
                regrouped(supersededBy, newPolicies, p -> p.meta().supersededBy()), history);
    }

    private static <T extends Document> T put(Map<String, Document> ids, List<T> changed, T doc) {
        ids.put(doc.id(), doc);
        changed.add(doc);
        return doc;
    }

    /** {@code groups} with the new versions of {@code changed} in place of the old, in the group {@code key} gives. */
    private static <T extends Document> Map<String, List<T>> regrouped(Map<String, List<T>> groups, List<T> changed,
                                                                       Function<T, Optional<String>> key) {
        if (changed.isEmpty()) {
            return groups;
        }
        Map<String, List<T>> out = new java.util.HashMap<>(groups);
        for (T doc : changed) {
            key.apply(doc).ifPresent(k -> out.computeIfPresent(k, (g, list) -> list.stream()
                    .map(d -> d.id().equals(doc.id()) ? doc : d).collect(Collectors.toList())));
        }
        return out;
    }

    public SiteConfig config() {
        return config;
    }

    /** Policies sorted by source path. */
    public List<Policy> policies() {
        return policies;
    }

    public List<Interpretation> interpretations() {
        return interpretations;
    }

    /** Annual summaries sorted by year. */
    public List<Summary> summaries() {
        return summaries;
    }

    public List<ClauseNote> clauseNotes() {
        return clauseNotes;
    }

    public List<Reference> references() {
        return references;
    }

    /** Files under {@code assets/}, relative to the content root. */
    public Set<String> assets() {
        return assets;
    }

    public Path contentRoot() {
        return contentRoot;
    }

    /** The date the site's statuses are computed for. */
    public LocalDate asOf() {
        return asOf;
    }

    /** The fixed build timestamp (SOURCE_DATE_EPOCH or the last commit's date). */
    public Instant buildTime() {
        return buildTime;
    }

    /** Every document: policies, then interpretations, then summaries. */
    public List<Document> documents() {
        return Stream.of(policies, interpretations, summaries).flatMap(List::stream).map(Document.class::cast).toList();
    }

    public Optional<Document> document(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    public Optional<Policy> policy(String id) {
        return document(id).filter(Policy.class::isInstance).map(Policy.class::cast);
    }

    public Optional<Summary> summary(int year) {
        return summaries.stream().filter(s -> s.year() == year).findFirst();
    }

    /** Interpretation notes of a policy ({@code interprets} names it), oldest first. */
    public List<Interpretation> interpretationsOf(String policyId) {
        return interpretationsByPolicy.getOrDefault(policyId, List.of());
    }

    /** Backlinks of a policy's clauses: anchor → the note passages that explain it, in note order. */
    public Map<String, List<ClauseNote>> clauseNotesOf(String policyId) {
        return notesByPolicy.getOrDefault(policyId, List.of()).stream()
                .collect(Collectors.groupingBy(ClauseNote::anchor, LinkedHashMap::new, Collectors.toList()));
    }

    /** The clause links of an interpretation note, in document order. */
    public List<ClauseNote> clauseNotesFrom(String interpretationId) {
        return notesByInterpretation.getOrDefault(interpretationId, List.of());
    }

    /** References made to a document by others (links and citations). */
    public List<Reference> referencesTo(String id) {
        return referencesByTarget.getOrDefault(id, List.of());
    }

    /** References a document makes to others (links and citations), in document order. */
    public List<Reference> referencesFrom(String id) {
        return referencesBySource.getOrDefault(id, List.of());
    }

    /** Policies that name {@code policyId} in {@code superseded_by}. */
    public List<Policy> supersededPolicies(String policyId) {
        return supersededBy.getOrDefault(policyId, List.of());
    }

    /** 时效性 of a policy on the site's date. */
    public Status status(Policy policy) {
        return status(policy, asOf);
    }

    /**
     * 时效性 on date {@code d}: 尚未生效 if effective &gt; d; 已废止 if repealed ≤ d; 已失效 if expires &lt; d;
     * 已修改 if superseded_by names a policy effective ≤ d; otherwise 现行有效.
     */
    public Status status(Policy policy, LocalDate d) {
        PolicyMeta m = policy.meta();
        if (m.effective().isAfter(d)) {
            return Status.NOT_YET_EFFECTIVE;
        }
        if (m.repealed().filter(r -> !r.isAfter(d)).isPresent()) {
            return Status.REPEALED;
        }
        if (m.expires().filter(e -> e.isBefore(d)).isPresent()) {
            return Status.EXPIRED;
        }
        boolean superseded = m.supersededBy().flatMap(this::policy)
                .filter(s -> !s.meta().effective().isAfter(d)).isPresent();
        return superseded ? Status.AMENDED : Status.IN_FORCE;
    }
}
