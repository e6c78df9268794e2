package org.compendium.core;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.compendium.core.internal.ParallelLists;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.Report;
import org.compendium.core.load.ContentLoader;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.ContentLoader.LoadedFiles;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.Body;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.DocumentMeta;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.model.Policy;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.model.Reference;
import org.compendium.core.model.SiteConfig;
import org.compendium.core.model.Summary;
import org.compendium.core.model.SummaryMeta;
import org.compendium.core.render.BodyRenderer;
import org.compendium.core.resolve.CitationReport;
import org.compendium.core.resolve.ContentResolver;
import org.compendium.core.resolve.DocumentResolution;
import org.compendium.core.resolve.ResolutionCache;
import org.compendium.core.resolve.ResolveLookups;
import org.compendium.core.resolve.ResolvedContent;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * The one route from a content folder to a {@link Compendium}: load → parse → resolve → render bodies. It
 * starts from a {@link CompiledContent}: a build from {@link CompiledContent#NONE}, which loads and compiles
 * everything; the preview from its last good compile and the paths that changed since, which loads only those
 * files again and reuses every resolution and body they leave valid. The result is the same either way
 * ({@code IncrementalEqualityTest}).
 */
public final class ContentCompiler {
    private final ContentLoader loader = new ContentLoader();
    private final ContentResolver resolver = new ContentResolver();
    private final BodyRenderer bodies = new BodyRenderer();
    private final TextEditShortcut shortcut = new TextEditShortcut(this);
    private final Set<Report> reports;

    public ContentCompiler() {
        this(Set.of());
    }

    /** @param reports the reports to add to the diagnostics (info lines) while compiling */
    public ContentCompiler(Set<Report> reports) {
        this.reports = reports;
    }

    /**
     * The whole content folder compiled: {@link #compile(CompiledContent, Set, CompileSettings, StageTimer)}
     * from {@link CompiledContent#NONE}, without git history.
     *
     * @param asOf      status date override (else compendium.yaml's {@code as_of}, else the build date)
     * @param buildTime the fixed build timestamp
     * @param timings   receives the wall time of each stage
     */
    public Optional<Compendium> compile(Path contentDir, Optional<LocalDate> asOf, Instant buildTime,
                                        Diagnostics diagnostics, StageTimer timings) {
        CompiledContent compiled = compile(CompiledContent.NONE, Set.of(),
                CompileSettings.of(contentDir, asOf, () -> buildTime), timings);
        diagnostics.addAll(compiled.diagnostics());
        return compiled.compendium();
    }

    /**
     * Compiles the content as it is now, reusing what {@code before} compiled of it.
     *
     * @param before  a compile of the same folder without errors, or {@link CompiledContent#NONE}
     * @param changed the paths changed since {@code before}, relative to the content folder ({@code /} separators)
     */
    public CompiledContent compile(CompiledContent before, Set<String> changed, CompileSettings settings,
                                   StageTimer timings) {
        if (before.good()) {
            Optional<Map<String, FileLoad>> edited = timings.time("load+parse",
                    () -> ChangedFiles.of(before, changed, settings.contentDir(), loader));
            if (edited.isPresent()) {
                Set<String> again = timings.time("affected", () -> AffectedDocuments.of(before.documents(),
                        edited.get(), before.documents().values()));
                Optional<CompiledContent> shortWay = reports.isEmpty()
                        ? timings.time("resolve+bodies", () -> shortcut.compile(before, edited.get(), again))
                        : Optional.empty();
                return shortWay.orElseGet(() -> compile(before, before.fixed(), before.compendium().get().config(),
                        sorted(before.loads(), edited.get()), before.assets(), again, settings, timings));
            }
        }
        Diagnostics fixed = new Diagnostics();
        Optional<LoadedFiles> files = timings.time("load+parse",
                () -> loader.loadFiles(settings.contentDir(), fixed));
        if (files.isEmpty()) {
            return CompiledContent.failed(fixed.sorted(), Map.of(), Set.of(), Map.of(), Map.of(), true,
                    fixed.sorted());
        }
        Map<String, FileLoad> loads = new TreeMap<>();
        files.get().loads().forEach(l -> loads.put(l.path(), l));
        return compile(CompiledContent.NONE, fixed.sorted(), files.get().config(), loads, files.get().assets(),
                Set.of(), settings, timings);
    }

    /**
     * The long way: every file put together and resolved, every body rendered, but for the resolutions and
     * bodies {@code before} holds of the documents outside {@code again}.
     *
     * @param again paths of the documents whose resolution cannot be reused
     */
    private CompiledContent compile(CompiledContent before, List<Diagnostic> fixed, SiteConfig config,
                                    Map<String, FileLoad> loads, Set<String> assets,
                                    Set<String> again, CompileSettings settings, StageTimer timings) {
        Diagnostics d = new Diagnostics();
        d.addAll(fixed);
        LoadedContent loaded = timings.time("load+parse",
                () -> loader.combine(config, List.copyOf(loads.values()), assets, d));
        Map<String, DocumentResolution> resolutions = new ConcurrentHashMap<>();
        ResolveLookups lookups = timings.time("resolve", () -> resolver.lookups(loaded, d));
        ResolvedContent resolved = timings.time("resolve", () -> resolver.resolve(loaded, lookups, d,
                cache(before.resolutions(), again, resolutions)));
        if (reports.contains(Report.CITATIONS)) {
            timings.time("report", () -> {
                CitationReport.add(loaded, d);
                return null;
            });
        }
        Map<String, SourceDocument> documents = new HashMap<>();
        loaded.documents().forEach(doc -> documents.put(doc.path(), doc));
        boolean whole = !before.good();
        if (d.hasErrors()) {
            return CompiledContent.failed(fixed, loads, assets, resolutions, documents, whole, d.sorted());
        }
        Set<String> dirty = whole ? ids(resolved) : BodiesToRender.of(before.compendium().get(), resolved, again);
        Instant buildTime = settings.buildTime().get();
        LocalDate date = statusDate(settings.asOf(), resolved, buildTime);
        Compendium compendium = timings.time("render bodies", () -> assemble(resolved, settings.contentDir(), date,
                buildTime, doc -> dirty.contains(doc.id()) ? Optional.empty()
                        : before.compendium().flatMap(b -> b.document(doc.id())).map(x -> x.body())))
                .withHistory(settings.history().get());
        // The short way keeps this content and its lookups: only when no file failed, as then none is left out.
        boolean complete = loaded.partials().isEmpty() && loaded.failedPaths().isEmpty();
        return new CompiledContent(fixed, loads, assets, resolutions, documents,
                complete ? Optional.of(resolved) : Optional.empty(), complete ? Optional.of(lookups) : Optional.empty(),
                Optional.of(compendium), dirty, whole, d.sorted());
    }

    /** The loads of {@code before} with {@code edited} put in, sorted by path (the order documents are combined in). */
    private static Map<String, FileLoad> sorted(Map<String, FileLoad> before, Map<String, FileLoad> edited) {
        Map<String, FileLoad> loads = new TreeMap<>(before);
        loads.putAll(edited);
        return loads;
    }

    private static Set<String> ids(ResolvedContent resolved) {
        return resolved.documents().stream().map(ResolvedDocument::id).collect(Collectors.toSet());
    }

    /**
     * Reuses the resolutions of {@code reusable} (by path) outside {@code again}, while they are of the very
     * document loaded now; puts every resolution, reused or made, into {@code sink}.
     */
    private static ResolutionCache cache(Map<String, DocumentResolution> reusable, Set<String> again,
                                         Map<String, DocumentResolution> sink) {
        return new ResolutionCache() {
            @Override
            public Optional<DocumentResolution> reuse(SourceDocument doc) {
                DocumentResolution r = reusable.get(doc.path());
                if (r == null || again.contains(doc.path()) || r.document().source() != doc) {
                    return Optional.empty();
                }
                sink.put(doc.path(), r);
                return Optional.of(r);
            }

            @Override
            public void store(DocumentResolution resolution) {
                sink.put(resolution.document().source().path(), resolution);
            }
        };
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
    Map<String, Body> renderBodies(ResolvedContent content, Set<String> ids) {
        Map<String, Map<String, List<ClauseNote>>> notesByPolicy = notesByPolicy(content.clauseNotes().stream()
                .filter(n -> ids.contains(n.policyId())));
        // A body looks up only the metadata of the notes on its own clauses: those are all it needs.
        Set<String> noteIds = notesByPolicy.values().stream().flatMap(m -> m.values().stream())
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
    private static Map<String, InterpretationMeta> notesMeta(Stream<ResolvedDocument> documents) {
        return documents.filter(d -> d.source().meta() instanceof InterpretationMeta)
                .map(d -> (InterpretationMeta) d.source().meta())
                .collect(Collectors.toMap(InterpretationMeta::id, Function.identity()));
    }

    /** Clause notes by policy id, then by clause anchor, in the order given. */
    private static Map<String, Map<String, List<ClauseNote>>> notesByPolicy(Stream<ClauseNote> notes) {
        Map<String, Map<String, List<ClauseNote>>> out = new HashMap<>();
        notes.forEach(note -> out.computeIfAbsent(note.policyId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(note.anchor(), k -> new ArrayList<>()).add(note));
        return out;
    }

    private record RenderedDocument(ResolvedDocument doc, Body body) {
        DocumentMeta meta() {
            return doc.source().meta();
        }

        String path() {
            return doc.source().path();
        }
    }
}
