package org.compendium.core;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.compendium.core.internal.ParallelLists;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.Report;
import org.compendium.core.load.ContentLoader;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.model.Body;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.model.Policy;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.model.Reference;
import org.compendium.core.model.Summary;
import org.compendium.core.model.SummaryMeta;
import org.compendium.core.render.BodyRenderer;
import org.compendium.core.resolve.ContentResolver;
import org.compendium.core.resolve.ResolvedContent;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * The format-independent half of the pipeline: load → parse → resolve → render bodies, giving a
 * {@link Compendium} or, when the content has errors, nothing (the errors are in the diagnostics).
 */
public final class ContentCompiler {
    private final ContentLoader loader = new ContentLoader();
    private final ContentResolver resolver = new ContentResolver();
    private final BodyRenderer bodies = new BodyRenderer();
    private final java.util.Set<Report> reports;

    public ContentCompiler() {
        this(java.util.Set.of());
    }

    /** @param reports the reports to add to the diagnostics (info lines) while compiling */
    public ContentCompiler(java.util.Set<Report> reports) {
        this.reports = reports;
    }

    /**
     * @param asOf      status date override (else compendium.yaml's {@code as_of}, else the build date)
     * @param buildTime the fixed build timestamp
     * @param timings   receives the wall time of each stage
     */
    public Optional<Compendium> compile(Path contentDir, Optional<LocalDate> asOf, Instant buildTime,
                                        Diagnostics diagnostics, StageTimer timings) {
        return compile(contentDir, asOf, () -> buildTime, diagnostics, timings);
    }

    /**
     * {@link #compile(Path, Optional, Instant, Diagnostics, StageTimer)} with a build timestamp that may still
     * be being found (a git process) while the content loads: it is asked for once the content has no errors.
     */
    public Optional<Compendium> compile(Path contentDir, Optional<LocalDate> asOf, Supplier<Instant> buildTimeLater,
                                        Diagnostics diagnostics, StageTimer timings) {
        Optional<LoadedContent> loaded = timings.time("load+parse", () -> loader.load(contentDir, diagnostics));
        if (loaded.isEmpty()) {
            return Optional.empty();
        }
        ResolvedContent resolved = timings.time("resolve", () -> resolver.resolve(loaded.get(), diagnostics));
        if (reports.contains(Report.CITATIONS)) {
            timings.time("report", () -> {
                org.compendium.core.resolve.CitationReport.add(loaded.get(), diagnostics);
                return null;
            });
        }
        if (diagnostics.hasErrors()) {
            return Optional.empty();
        }
        Instant buildTime = buildTimeLater.get();
        LocalDate date = statusDate(asOf, resolved, buildTime);
        return Optional.of(timings.time("render bodies",
                () -> assemble(resolved, contentDir, date, buildTime, doc -> Optional.empty())));
    }

    /** The site's status date: the override, else compendium.yaml's {@code as_of}, else the build date. */
    public static LocalDate statusDate(Optional<LocalDate> asOf, ResolvedContent resolved, Instant buildTime) {
        return asOf.or(() -> resolved.config().asOf()).orElse(LocalDate.ofInstant(buildTime, BureauTime.ZONE));
    }

    /**
     * Renders the bodies and puts the compendium together.
     *
     * @param reuse bodies still valid from an earlier build (the preview's incremental rebuild), else empty
     */
    public Compendium assemble(ResolvedContent content, Path contentDir, LocalDate asOf, Instant buildTime,
                               Function<ResolvedDocument, Optional<Body>> reuse) {
        Map<String, InterpretationMeta> notesMeta = notesMeta(content.documents().stream());
        Map<String, Map<String, List<ClauseNote>>> notesByPolicy = notesByPolicy(content.clauseNotes().stream());
        List<RenderedDocument> rendered = ParallelLists.map(content.documents(), doc -> new RenderedDocument(doc,
                reuse.apply(doc).orElseGet(() -> render(content, doc, notesByPolicy, notesMeta))));
        List<Policy> policies = rendered.stream().filter(r -> r.meta() instanceof PolicyMeta)
                .map(r -> new Policy((PolicyMeta) r.meta(), r.path(), r.body())).toList();
        List<Interpretation> interpretations = rendered.stream().filter(r -> r.meta() instanceof InterpretationMeta)
                .map(r -> new Interpretation((InterpretationMeta) r.meta(), r.path(), r.body())).toList();
        List<Summary> summaries = rendered.stream().filter(r -> r.meta() instanceof SummaryMeta)
                .map(r -> new Summary((SummaryMeta) r.meta(), r.path(), r.body()))
                .sorted(Comparator.comparingInt(Summary::year)).toList();
        List<Reference> references = content.documents().stream().flatMap(d -> d.references().stream()).toList();
        return new Compendium(content.config(), policies, interpretations, summaries, content.clauseNotes(),
                references, content.assets(), contentDir, asOf, buildTime);
    }

    /**
     * Renders the bodies of the documents {@code ids} of {@code content} exactly as {@link #assemble} renders
     * them: the preview's incremental rebuild renders only the documents an edit affects.
     *
     * @return by id
     */
    public Map<String, Body> renderBodies(ResolvedContent content, java.util.Set<String> ids) {
        Map<String, Map<String, List<ClauseNote>>> notesByPolicy = notesByPolicy(content.clauseNotes().stream()
                .filter(n -> ids.contains(n.policyId())));
        // A body looks up only the metadata of the notes on its own clauses: those are all it needs.
        java.util.Set<String> noteIds = notesByPolicy.values().stream().flatMap(m -> m.values().stream())
                .flatMap(List::stream).map(ClauseNote::interpretationId).collect(Collectors.toSet());
        Map<String, InterpretationMeta> notesMeta = notesMeta(content.documents().stream()
                .filter(d -> noteIds.contains(d.id())));
        return content.documents().parallelStream().filter(d -> ids.contains(d.id())).collect(Collectors
                .toConcurrentMap(ResolvedDocument::id, doc -> render(content, doc, notesByPolicy, notesMeta)));
    }

    private Body render(ResolvedContent content, ResolvedDocument doc,
                        Map<String, Map<String, List<ClauseNote>>> notesByPolicy,
                        Map<String, InterpretationMeta> notesMeta) {
        return bodies.render(doc, content.citations().getOrDefault(doc.id(), Map.of()),
                notesByPolicy.getOrDefault(doc.id(), Map.of()), notesMeta);
    }

    /** Interpretation metadata by id, for the labels of clause markers. */
    private static Map<String, InterpretationMeta> notesMeta(java.util.stream.Stream<ResolvedDocument> documents) {
        return documents.filter(d -> d.source().meta() instanceof InterpretationMeta)
                .map(d -> (InterpretationMeta) d.source().meta())
                .collect(Collectors.toMap(InterpretationMeta::id, Function.identity()));
    }

    /** Clause notes by policy id, then by clause anchor, in the order given. */
    private static Map<String, Map<String, List<ClauseNote>>> notesByPolicy(java.util.stream.Stream<ClauseNote> notes) {
        Map<String, Map<String, List<ClauseNote>>> out = new java.util.HashMap<>();
        notes.forEach(note -> out.computeIfAbsent(note.policyId(), k -> new java.util.LinkedHashMap<>())
                .computeIfAbsent(note.anchor(), k -> new java.util.ArrayList<>()).add(note));
        return out;
    }

    private record RenderedDocument(ResolvedDocument doc, Body body) {
        org.compendium.core.model.DocumentMeta meta() {
            return doc.source().meta();
        }

        String path() {
            return doc.source().path();
        }
    }
}
