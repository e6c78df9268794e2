package org.compendium.core.preview;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.ContentCompiler;
import org.compendium.core.Diagnostics;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.load.SourceDocument;
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
import org.compendium.core.resolve.CitationMatch;
import org.compendium.core.resolve.ContentResolver;
import org.compendium.core.resolve.DocumentResolution;
import org.compendium.core.resolve.ResolvedAgain;
import org.compendium.core.resolve.ResolvedContent;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * The incremental rebuild's short way for the usual edit, one that changes the text of documents but
 * none of their metadata: the last good build's content is kept and only the affected documents are
 * replaced, resolved and rendered again, where the whole compile puts every document together afresh
 * (about twenty times slower at 2,000 policies). What one document's resolution and body depend on in
 * other documents — ids, kinds, titles, 文号, anchors of link targets — is either metadata, unchanged
 * here, or taken into account by {@link AffectedDocuments}; so the result is the whole compile's. Any
 * other edit, and one that makes a document's old problems go away (the old ones are not subtracted),
 * takes the whole compile.
 */
final class EditCompiler {
    private final ContentResolver resolver = new ContentResolver();
    private final ContentCompiler compiler = new ContentCompiler();

    /**
     * @param changed the changed files, loaded again
     * @param again   paths of the documents to resolve again (the changed ones among them)
     * @return empty when the edit needs the whole compile
     */
    Optional<Compiled> compile(Snapshot before, Map<String, FileLoad> changed, Set<String> again) {
        Optional<Map<String, SourceDocument>> edited = edited(before, changed);
        if (edited.isEmpty() || before.resolved().isEmpty()) {
            return Optional.empty();
        }
        ResolvedContent was = before.resolved().get();
        Map<String, SourceDocument> documents = new HashMap<>(before.documents());
        documents.putAll(edited.get());
        List<SourceDocument> all = new ArrayList<>(was.documents().size());
        was.documents().forEach(d -> all.add(documents.get(d.source().path())));
        LoadedContent content = new LoadedContent(was.config(), all, List.of(), Set.of(), was.assets());
        Map<String, ResolvedAgain> fresh = resolver.resolveAgain(content,
                again.stream().map(documents::get).toList());
        if (!keepsOldProblems(before, fresh)) {
            return Optional.empty();
        }
        Diagnostics d = new Diagnostics();
        d.addAll(before.diagnostics());
        changed.values().forEach(l -> d.addAll(l.diagnostics()));
        fresh.values().forEach(r -> d.addAll(r.resolution().diagnostics()));
        Map<String, FileLoad> loads = new HashMap<>(before.loads());
        loads.putAll(changed);
        Map<String, DocumentResolution> resolutions = new HashMap<>(before.resolutions());
        fresh.forEach((path, r) -> resolutions.put(path, r.resolution()));
        if (d.hasErrors()) {
            return Optional.of(new Compiled(before.fixed(), loads, before.assets(), resolutions, documents,
                    Optional.empty(), Optional.empty(), Set.of(), d, d.sorted()));
        }
        ResolvedContent resolved = resolved(was, before.compendium(), fresh);
        Set<String> dirty = DirtyBodies.of(before.compendium(), resolved, again);
        Compendium compendium = replace(before.compendium(), resolved, documents,
                compiler.renderBodies(resolved, dirty));
        return Optional.of(new Compiled(before.fixed(), loads, before.assets(), resolutions, documents,
                Optional.of(resolved), Optional.of(compendium), dirty, d, d.sorted()));
    }

    /** The changed files as documents, when each is still a valid document with the same metadata and problems. */
    private static Optional<Map<String, SourceDocument>> edited(Snapshot before, Map<String, FileLoad> changed) {
        Map<String, SourceDocument> out = new HashMap<>();
        for (Map.Entry<String, FileLoad> e : changed.entrySet()) {
            SourceDocument old = before.documents().get(e.getKey());
            FileLoad oldLoad = before.loads().get(e.getKey());
            if (old == null || oldLoad == null || !(e.getValue().file().orElse(null) instanceof SourceDocument now)
                    || !now.meta().equals(old.meta()) || !e.getValue().diagnostics().containsAll(oldLoad.diagnostics())) {
                return Optional.empty();
            }
            out.put(e.getKey(), now);
        }
        return Optional.of(out);
    }

    /**
     * True when every document resolved again still has all its old problems: then the content's problems
     * are the old ones and the new ones together (a problem that went away would have to be subtracted,
     * and it may also have come from elsewhere).
     */
    private static boolean keepsOldProblems(Snapshot before, Map<String, ResolvedAgain> fresh) {
        return fresh.entrySet().stream().allMatch(e -> e.getValue().resolution().diagnostics()
                .containsAll(before.resolutions().get(e.getKey()).diagnostics()));
    }

    /** The last resolved content with the documents resolved again put in, in the same order. */
    private static ResolvedContent resolved(ResolvedContent was, Compendium before, Map<String, ResolvedAgain> fresh) {
        List<ResolvedDocument> docs = new ArrayList<>(was.documents().size());
        List<ClauseNote> notes = new ArrayList<>(was.clauseNotes().size());
        Map<String, Map<Node, List<CitationMatch>>> citations = new HashMap<>(was.citations());
        for (ResolvedDocument old : was.documents()) {
            ResolvedAgain again = fresh.get(old.source().path());
            ResolvedDocument doc = again == null ? old : again.resolution().document();
            docs.add(doc);
            if (again != null) {
                citations.put(doc.id(), again.resolution().citations());
            }
            if (doc.source().meta() instanceof InterpretationMeta) {
                notes.addAll(again == null ? before.clauseNotesFrom(doc.id()) : again.clauseNotes());
            }
        }
        return new ResolvedContent(was.config(), docs, citations, notes, was.assets());
    }

    /**
     * The last compendium with the bodies rendered again put in: documents stay in their places, because
     * their paths and metadata, which order them, are unchanged.
     */
    private static Compendium replace(Compendium c, ResolvedContent resolved, Map<String, SourceDocument> documents,
                                      Map<String, Body> bodies) {
        List<Policy> policies = c.policies().stream().map(p -> !bodies.containsKey(p.id()) ? p
                : new Policy((PolicyMeta) documents.get(p.path()).meta(), p.path(), bodies.get(p.id()))).toList();
        List<Interpretation> interpretations = c.interpretations().stream().map(i -> !bodies.containsKey(i.id()) ? i
                : new Interpretation((InterpretationMeta) documents.get(i.path()).meta(), i.path(), bodies.get(i.id())))
                .toList();
        List<Summary> summaries = c.summaries().stream().map(s -> !bodies.containsKey(s.id()) ? s
                : new Summary((SummaryMeta) documents.get(s.path()).meta(), s.path(), bodies.get(s.id()))).toList();
        List<Reference> references = resolved.documents().stream().flatMap(d -> d.references().stream()).toList();
        return new Compendium(c.config(), policies, interpretations, summaries, resolved.clauseNotes(), references,
                c.assets(), c.contentRoot(), c.asOf(), c.buildTime());
    }
}
