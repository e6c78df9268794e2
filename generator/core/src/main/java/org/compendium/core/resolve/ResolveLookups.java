package org.compendium.core.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.compendium.core.load.ParsedFile;
import org.compendium.core.load.PartialDocument;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.DocumentKind;
import org.compendium.core.parse.DocumentAnchors;

/**
 * What resolving one document needs to know of the whole content — the documents by id and path, their
 * anchors, the files that failed to load by the ids they declare, the title and 文号 citation index — built
 * as {@link ContentResolver#resolve} builds it. The preview keeps it from one edit to the next while no
 * document's id, kind, title or 文号 changes, and puts edited documents' new anchors in with {@link #with}.
 */
public final class ResolveLookups {
    private final Map<String, SourceDocument> byId;
    private final Map<String, PartialDocument> failedById;
    private final Map<String, String> idByPath;
    private final Map<String, DocumentAnchors> anchorsById;
    private final Set<String> failedPaths;
    private final Set<String> assets;
    private final CitationScanner citations;
    private final LinkClassifier classifier;

    ResolveLookups(Map<String, SourceDocument> byId, Map<String, PartialDocument> failedById,
                   Map<String, String> idByPath, Map<String, DocumentAnchors> anchorsById, Set<String> failedPaths,
                   Set<String> assets, CitationScanner citations) {
        this.byId = byId;
        this.failedById = failedById;
        this.idByPath = idByPath;
        this.anchorsById = anchorsById;
        this.failedPaths = failedPaths;
        this.assets = assets;
        this.citations = citations;
        this.classifier = new LinkClassifier(idByPath, anchorsById, failedPaths, assets);
    }

    /**
     * The same lookups with new versions of some documents, which keep their paths, ids, kinds, titles
     * and 文号 (their anchors may differ). This instance is not changed.
     */
    public ResolveLookups with(Collection<SourceDocument> edited) {
        if (edited.isEmpty()) {
            return this;
        }
        Map<String, SourceDocument> docs = new HashMap<>(byId);
        Map<String, DocumentAnchors> anchors = new HashMap<>(anchorsById);
        for (SourceDocument doc : edited) {
            docs.put(doc.id(), doc);
            anchors.put(doc.id(), doc.anchors());
        }
        return new ResolveLookups(docs, failedById, idByPath, anchors, failedPaths, assets, citations);
    }

    Map<String, SourceDocument> byId() {
        return byId;
    }

    /**
     * The file {@code id} names: a loaded document, else a file that failed to load (its own error fails the
     * build) whose front matter still gave that id.
     */
    Optional<ParsedFile> named(String id) {
        return Optional.<ParsedFile>ofNullable(byId.get(id)).or(() -> Optional.ofNullable(failedById.get(id)));
    }

    /** The ids of all policies, loaded or failed to load but with a readable id, for "did you mean" hints. */
    List<String> policyIds() {
        Stream<String> loaded = byId.values().stream().filter(d -> d.kind() == DocumentKind.POLICY)
                .map(SourceDocument::id);
        Stream<String> failed = failedById.entrySet().stream()
                .filter(e -> e.getValue().kind() == DocumentKind.POLICY).map(Map.Entry::getKey);
        return Stream.concat(loaded, failed).distinct().toList();
    }

    LinkClassifier classifier() {
        return classifier;
    }

    CitationScanner citations() {
        return citations;
    }
}
