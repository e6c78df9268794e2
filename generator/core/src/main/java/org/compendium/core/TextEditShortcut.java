package org.compendium.core;

import com.vladsch.flexmark.util.ast.Node;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.compendium.core.internal.OverlayMap;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.model.Reference;
import org.compendium.core.resolve.CitationMatch;
import org.compendium.core.resolve.ContentResolver;
import org.compendium.core.resolve.DocumentResolution;
import org.compendium.core.resolve.ResolveLookups;
import org.compendium.core.resolve.StandaloneResolution;
import org.compendium.core.resolve.ResolvedContent;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * {@link ContentCompiler}'s short way for the usual edit, one that changes the text of documents but none
 * of their metadata: the last compile's content, lookups and compendium are kept and only the affected
 * documents are replaced, resolved and rendered again, where the long way combines, resolves and
 * assembles all 3,200 documents of 2,000 policies again (most of the 60 ms such an edit took in the
 * preview). What a document's resolution and body depend on in other documents — ids, kinds, titles, 文号,
 * anchors of link targets — is either metadata, unchanged here, or taken into account by
 * {@link AffectedDocuments}; so the result is the long way's. Any other edit, and one that makes a
 * document's old problems go away (the old ones are not subtracted), takes the long way.
 */
final class TextEditShortcut {
    private static final Comparator<ResolvedDocument> BY_PATH = Comparator.comparing(d -> d.source().path());
    private final ContentResolver resolver = new ContentResolver();
    private final ContentCompiler compiler;

    TextEditShortcut(ContentCompiler compiler) {
        this.compiler = compiler;
    }

    /**
     * @param changed the changed files, loaded again
     * @param again   paths of the documents to resolve again (the changed ones among them)
     * @return empty when the edit needs the long way
     */
    Optional<CompiledContent> compile(CompiledContent before, Map<String, FileLoad> changed, Set<String> again) {
        Optional<Map<String, SourceDocument>> edited = edited(before, changed);
        if (edited.isEmpty() || before.resolved().isEmpty() || before.lookups().isEmpty()) {
            return Optional.empty();
        }
        Map<String, SourceDocument> documents = OverlayMap.of(before.documents(), edited.get());
        ResolveLookups lookups = before.lookups().get().with(edited.get().values());
        Map<String, StandaloneResolution> fresh = resolver.resolveAgain(lookups, again.stream().map(documents::get).toList());
        Optional<ResolvedContent> content = resolved(before.resolved().get(), before.compendium().orElseThrow(), fresh);
        if (!keepsOldProblems(before, fresh) || content.isEmpty()) {
            return Optional.empty();
        }
        Diagnostics d = new Diagnostics();
        d.addAll(before.diagnostics());
        changed.values().forEach(l -> d.addAll(l.diagnostics()));
        fresh.values().forEach(r -> d.addAll(r.resolution().diagnostics()));
        Map<String, DocumentResolution> resolved = new HashMap<>();
        fresh.forEach((path, r) -> resolved.put(path, r.resolution()));
        if (d.hasErrors()) {
            return Optional.of(CompiledContent.failed(before.fixed(), OverlayMap.of(before.loads(), changed),
                    before.assets(), OverlayMap.of(before.resolutions(), resolved), documents, false, d.sorted()));
        }
        Map<String, List<ClauseNote>> notes = new HashMap<>();
        fresh.values().forEach(r -> notes.put(r.resolution().document().id(), r.clauseNotes()));
        Set<String> dirty = BodiesToRender.of(before.compendium().orElseThrow(), notes);
        return Optional.of(new CompiledContent(before.fixed(), OverlayMap.of(before.loads(), changed), before.assets(),
                OverlayMap.of(before.resolutions(), resolved), documents, content, Optional.of(lookups),
                Optional.of(compendium(before.compendium().orElseThrow(), content.get(), fresh, dirty)), dirty, false,
                d.sorted()));
    }

    /** The last compendium with the bodies of {@code dirty} rendered again, and the clause notes and references now. */
    private Compendium compendium(Compendium c, ResolvedContent content, Map<String, StandaloneResolution> fresh,
                                  Set<String> dirty) {
        boolean sameReferences = fresh.values().stream().map(r -> r.resolution().document())
                .allMatch(doc -> doc.references().equals(c.referencesFrom(doc.id())));
        // A document's references are its run of the list, so the list is gathered again only when one changed.
        List<Reference> references = sameReferences ? c.references()
                : content.documents().stream().flatMap(doc -> doc.references().stream()).toList();
        return c.withBodies(compiler.renderBodies(content, dirty), content.clauseNotes(), references);
    }

    /** The changed files as documents, when each is still a valid document with the same metadata and problems. */
    private static Optional<Map<String, SourceDocument>> edited(CompiledContent before, Map<String, FileLoad> changed) {
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
    private static boolean keepsOldProblems(CompiledContent before, Map<String, StandaloneResolution> fresh) {
        return fresh.entrySet().stream().allMatch(e -> e.getValue().resolution().diagnostics()
                .containsAll(before.resolutions().get(e.getKey()).diagnostics()));
    }

    /**
     * The last resolved content with the documents resolved again put in their places (found by path: the
     * documents are sorted by path); the clause notes are gathered again only when a note was resolved again.
     */
    private static Optional<ResolvedContent> resolved(ResolvedContent was, Compendium before,
                                                      Map<String, StandaloneResolution> fresh) {
        List<ResolvedDocument> docs = new ArrayList<>(was.documents());
        Map<String, Map<Node, List<CitationMatch>>> citations = new HashMap<>();
        boolean notesAgain = false;
        for (StandaloneResolution again : fresh.values()) {
            ResolvedDocument doc = again.resolution().document();
            int at = Collections.binarySearch(docs, doc, BY_PATH);
            if (at < 0) {
                return Optional.empty();
            }
            docs.set(at, doc);
            citations.put(doc.id(), again.resolution().citations());
            notesAgain |= doc.source().meta() instanceof InterpretationMeta;
        }
        List<ClauseNote> notes = !notesAgain ? before.clauseNotes() : docs.stream()
                .filter(d -> d.source().meta() instanceof InterpretationMeta)
                .flatMap(d -> Optional.ofNullable(fresh.get(d.source().path())).map(StandaloneResolution::clauseNotes)
                        .orElseGet(() -> before.clauseNotesFrom(d.id())).stream())
                .toList();
        return Optional.of(new ResolvedContent(was.config(), List.copyOf(docs), OverlayMap.of(was.citations(), citations),
                notes, was.assets()));
    }
}
