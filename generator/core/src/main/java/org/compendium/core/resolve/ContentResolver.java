package org.compendium.core.resolve;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.compendium.core.internal.ParallelLists;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.load.ParsedFile;
import org.compendium.core.load.PartialDocument;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.load.Suggestions;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.DocumentKind;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.model.LinkTarget;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.model.Reference;
import org.compendium.core.parse.DocumentAnchors;

/**
 * Resolves every cross-reference of the loaded content: Markdown links and images, raw HTML URLs,
 * {@code interprets} and {@code superseded_by} ids, 《title》 and 文号 citations, and the passages of
 * interpretation notes that explain policy clauses.
 */
public final class ContentResolver {
    /**
     * A document's references in order, by target, fragment and kind (they share their source): equal in this
     * order means the same reference. A plain comparison rather than record equality and Comparator
     * combinators, which the JVM would assemble from method handles at run time in every build.
     */
    private static final Comparator<Reference> REFERENCE_ORDER = (a, b) -> {
        int c = a.toId().compareTo(b.toId());
        c = c != 0 ? c : a.fragment().compareTo(b.fragment());
        return c != 0 ? c : a.kind().compareTo(b.kind());
    };


    public ResolvedContent resolve(LoadedContent content, Diagnostics diagnostics) {
        return resolve(content, diagnostics, ResolutionCache.NONE);
    }

    /** Resolves, reusing what {@code cache} still holds for unaffected documents. */
    public ResolvedContent resolve(LoadedContent content, Diagnostics diagnostics, ResolutionCache cache) {
        return resolve(content, lookups(content, diagnostics), diagnostics, cache);
    }

    /**
     * Resolves with lookups made by {@link #lookups(LoadedContent, Diagnostics)} of the same content: the
     * preview keeps them to resolve single documents again after an edit.
     */
    public ResolvedContent resolve(LoadedContent content, ResolveLookups lookups, Diagnostics diagnostics,
                                   ResolutionCache cache) {
        checkMetadataReferences(content.documents(), lookups, diagnostics);
        SupersessionCycles.report(content.documents(), diagnostics);
        FolderCollisions.report(content.documents(), diagnostics);
        ApplyChecker applyChecker = new ApplyChecker(content.config().guidance(), diagnostics);
        content.documents().forEach(applyChecker::check);
        Map<String, Map<Node, List<CitationMatch>>> citationsById = new ConcurrentHashMap<>();
        List<ResolvedDocument> resolved = ParallelLists.map(content.documents(), doc -> {
            DocumentResolution r = cache.reuse(doc).orElseGet(() -> {
                DocumentResolution fresh = resolve(doc, lookups.classifier(), lookups.citations());
                cache.store(fresh);
                return fresh;
            });
            diagnostics.addAll(r.diagnostics());
            citationsById.put(doc.id(), r.citations());
            return r.document();
        });
        content.partials().parallelStream()
                .forEach(p -> new LinkCollector(lookups.classifier(), p, diagnostics).collect());
        // Each note's passages get anchors in its own AST: the notes are independent, their order kept.
        List<ClauseNote> notes = resolved.parallelStream()
                .filter(doc -> doc.source().meta() instanceof InterpretationMeta)
                .flatMap(doc -> PassageAnchors.assign(doc, lookups.byId()).stream()).toList();
        return new ResolvedContent(content.config(), resolved, citationsById, notes, content.assets());
    }

    /**
     * What resolving a document needs to know of the whole content: documents and anchors by id, ids by
     * path, the citation index. Problems of the content as a whole (ambiguous titles and 文号) go to
     * {@code diagnostics}.
     */
    public ResolveLookups lookups(LoadedContent content, Diagnostics diagnostics) {
        Map<String, SourceDocument> byId = new LinkedHashMap<>();
        Map<String, String> idByPath = new HashMap<>();
        Map<String, DocumentAnchors> anchorsById = new HashMap<>();
        for (SourceDocument doc : content.documents()) {
            byId.put(doc.id(), doc);
            idByPath.put(doc.path(), doc.id());
            anchorsById.put(doc.id(), doc.anchors());
        }
        content.partials().forEach(p -> anchorsById.put(p.id(), p.anchors()));
        return new ResolveLookups(byId, failedById(content.partials()), idByPath, anchorsById, content.failedPaths(),
                content.assets(), CitationIndexes.scanner(content.documents(), diagnostics));
    }

    /** Files that failed to load by the id their front matter still gave; the first by path wins. */
    private static Map<String, PartialDocument> failedById(List<PartialDocument> partials) {
        Map<String, PartialDocument> byId = new HashMap<>();
        partials.forEach(p -> p.declaredId().ifPresent(id -> byId.putIfAbsent(id, p)));
        return byId;
    }

    /**
     * Resolves only {@code again}, documents of the content {@code lookups} describe, exactly as
     * {@link #resolve} resolves them: the preview's incremental rebuild keeps every other document's
     * resolution.
     *
     * @return by path
     */
    public Map<String, StandaloneResolution> resolveAgain(ResolveLookups lookups, List<SourceDocument> again) {
        Map<String, StandaloneResolution> out = new ConcurrentHashMap<>();
        again.parallelStream().forEach(doc -> {
            DocumentResolution r = resolve(doc, lookups.classifier(), lookups.citations());
            List<ClauseNote> notes = doc.meta() instanceof InterpretationMeta
                    ? PassageAnchors.assign(r.document(), lookups.byId()) : List.of();
            out.put(doc.path(), new StandaloneResolution(r, notes));
        });
        return out;
    }

    private static DocumentResolution resolve(SourceDocument doc, LinkClassifier classifier, CitationScanner citations) {
        Diagnostics local = new Diagnostics();
        LinkCollector collector = new LinkCollector(classifier, doc, local);
        collector.collect();
        Map<Node, List<CitationMatch>> found = citations.scan(doc.ast(), doc.id());
        ResolvedDocument resolved = new ResolvedDocument(doc, collector.links(), collector.rawHtml(),
                references(doc, collector, found));
        return new DocumentResolution(resolved, found, local.sorted());
    }

    private static List<Reference> references(SourceDocument doc, LinkCollector collector,
                                              Map<Node, List<CitationMatch>> citations) {
        List<Reference> refs = new ArrayList<>();
        collector.links().values().forEach(target -> {
            if (target instanceof LinkTarget.DocumentRef d && !d.id().equals(doc.id())) {
                refs.add(new Reference(doc.id(), d.id(), d.fragment(), Reference.Kind.LINK));
            }
        });
        citations.values().forEach(list -> list.forEach(c ->
                refs.add(new Reference(doc.id(), c.targetId(), "", Reference.Kind.CITATION))));
        refs.sort(REFERENCE_ORDER);
        List<Reference> distinct = new ArrayList<>(refs.size());
        for (Reference ref : refs) {
            if (distinct.isEmpty() || REFERENCE_ORDER.compare(distinct.getLast(), ref) != 0) {
                distinct.add(ref);
            }
        }
        return List.copyOf(distinct);
    }

    private static void checkMetadataReferences(List<SourceDocument> docs, ResolveLookups lookups,
                                                Diagnostics diagnostics) {
        List<String> policyIds = lookups.policyIds();
        for (SourceDocument doc : docs) {
            switch (doc.meta()) {
                case InterpretationMeta m -> checkPolicyId(doc, "interprets", m.interprets(), lookups, policyIds,
                        diagnostics);
                case PolicyMeta m -> m.supersededBy().ifPresent(id ->
                        checkPolicyId(doc, "superseded_by", id, lookups, policyIds, diagnostics));
                default -> { }
            }
        }
    }

    /**
     * An id that must name a policy. One naming a policy file that failed to load is accepted without a word:
     * that file's own error already fails the build, and calling its id unknown would mislead.
     */
    private static void checkPolicyId(SourceDocument doc, String key, String id, ResolveLookups lookups,
                                      List<String> policyIds, Diagnostics diagnostics) {
        Optional<ParsedFile> target = lookups.named(id);
        if (target.isEmpty()) {
            diagnostics.error(doc.valueAt(key), "unknown policy id [" + id + "] in " + key
                    + Suggestions.hint(id, policyIds) + "; expected the id of a policy");
        } else if (target.get().kind() != DocumentKind.POLICY) {
            diagnostics.error(doc.valueAt(key), "[" + id + "] in " + key + " is " + target.get().kind().label() + " "
                    + target.get().path() + ", not a policy; expected the id of a policy");
        }
    }
}
