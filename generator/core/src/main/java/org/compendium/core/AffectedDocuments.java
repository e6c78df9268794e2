package org.compendium.core;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.PolicyMeta;

/**
 * Which documents must be resolved again after some files changed: the changed files, and every document
 * whose text mentions what changed in a way links or citations see — a changed file's name when its
 * anchors or validity changed (Markdown links name the file), a policy's old and new title and 文号 when
 * they changed (《title》 and 文号 citations). A document that mentions none of these resolves as before.
 */
final class AffectedDocuments {

    private AffectedDocuments() {
    }

    /**
     * @param before   the documents of the last good build, by path
     * @param changed  the changed files, loaded again
     * @param current  every document of the content now
     * @return paths of the documents to resolve again, sorted
     */
    static Set<String> of(Map<String, SourceDocument> before, Map<String, FileLoad> changed,
                          Collection<SourceDocument> current) {
        Set<String> needles = new LinkedHashSet<>();
        changed.forEach((path, load) -> needles.addAll(needles(path, Optional.ofNullable(before.get(path)),
                load.file().filter(SourceDocument.class::isInstance).map(SourceDocument.class::cast))));
        Set<String> out = new TreeSet<>(changed.keySet());
        if (!needles.isEmpty()) {
            current.parallelStream().filter(d -> !changed.containsKey(d.path()))
                    .filter(d -> needles.stream().anyMatch(n -> d.source().text().contains(n)))
                    .map(SourceDocument::path).toList().forEach(out::add);
        }
        return out;
    }

    private static Set<String> needles(String path, Optional<SourceDocument> old, Optional<SourceDocument> now) {
        Set<String> out = new LinkedHashSet<>();
        if (old.isEmpty() || now.isEmpty() || !anchorIds(old.get()).equals(anchorIds(now.get()))) {
            String name = path.substring(path.lastIndexOf('/') + 1);
            out.add(name);
            out.add(URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        citable(old, now).forEach(out::add);
        citable(now, old).forEach(out::add);
        out.removeIf(String::isBlank);
        return out;
    }

    /** Title and 文号 of {@code a} when {@code b} does not have the same ones. */
    private static List<String> citable(Optional<SourceDocument> a, Optional<SourceDocument> b) {
        Optional<PolicyMeta> ma = a.map(SourceDocument::meta).filter(PolicyMeta.class::isInstance).map(PolicyMeta.class::cast);
        Optional<PolicyMeta> mb = b.map(SourceDocument::meta).filter(PolicyMeta.class::isInstance).map(PolicyMeta.class::cast);
        if (ma.isEmpty()) {
            return List.of();
        }
        boolean sameTitle = mb.map(PolicyMeta::title).equals(ma.map(PolicyMeta::title));
        boolean sameNumber = mb.flatMap(PolicyMeta::docNumber).equals(ma.get().docNumber());
        List<String> out = new java.util.ArrayList<>();
        if (!sameTitle) {
            out.add(ma.get().title());
        }
        if (!sameNumber) {
            ma.get().docNumber().ifPresent(out::add);
        }
        return out;
    }

    private static List<String> anchorIds(SourceDocument doc) {
        return doc.anchors().all().stream().map(Anchor::id).toList();
    }
}
