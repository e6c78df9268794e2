package org.compendium.core.preview;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.compendium.core.history.Chronicle;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Reference;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.render.html.Facet;
import org.compendium.core.render.html.SiteIndex;

/**
 * The pages of the site an edit changes: the pages of the documents rendered again, of the documents
 * whose signature changed and of their neighbours (documents that link to them or that they link to,
 * their notes, their policy, the policies they supersede or are superseded by), the list pages whose
 * entries changed, and the home, overview and search pages (small, always rendered). List entries show
 * only what signatures hold, so lists are compared only when a signature changed.
 *
 * @param render  pages to render, relative to the site root
 * @param delete  list pages that no longer exist
 * @param changed ids of the documents whose signature changed (none: lists, feed and catalogue stay as they are)
 */
record AffectedPages(Set<String> render, Set<String> delete, Set<String> changed) {
    private static final List<String> ALWAYS = List.of("index.html", "search/index.html", "years/index.html",
            "categories/index.html", "issuers/index.html", "status/index.html");

    /**
     * @param signatures the signatures that may have changed ({@link DocumentSignature#candidates}), after the edit
     * @param rendered   ids of the documents whose bodies were rendered again
     */
    static AffectedPages of(Snapshot before, Compendium after, SiteIndex afterIndex,
                            Map<String, DocumentSignature> signatures, Set<String> rendered) {
        Compendium old = before.compendium();
        Set<String> changed = new HashSet<>();
        signatures.forEach((id, sig) -> {
            if (!sig.equals(before.signatures().get(id))) {
                changed.add(id);
            }
        });
        Set<String> ids = new HashSet<>(rendered);
        ids.addAll(changed);
        for (String id : changed) {
            ids.addAll(neighbours(old, id));
            ids.addAll(neighbours(after, id));
        }
        for (String id : rendered) {
            ids.addAll(changedTargets(old, after, id));
        }
        Set<String> pages = new TreeSet<>(ALWAYS);
        ids.forEach(id -> after.document(id).ifPresent(d -> pages.add(SitePaths.page(d))));
        Set<String> delete = new TreeSet<>();
        if (!changed.isEmpty()) {
            facetPages(before.index(), afterIndex, pages, delete);
            // A year page is its edition: every policy's title, dates and status show there.
            afterIndex.years().forEach(f -> pages.add(f.folder() + "index.html"));
        }
        revisionPages(old, after, ids, pages, delete);
        notePages(old, after, changed, pages);
        return new AffectedPages(pages, delete, changed);
    }

    private static Set<String> neighbours(Compendium c, String id) {
        Set<String> out = new HashSet<>();
        c.referencesTo(id).forEach(r -> out.add(r.fromId()));
        c.referencesFrom(id).forEach(r -> out.add(r.toId()));
        c.interpretationsOf(id).forEach(i -> out.add(i.id()));
        c.supersededPolicies(id).forEach(p -> out.add(p.id()));
        c.document(id).ifPresent(d -> {
            if (d instanceof Interpretation i) {
                out.add(i.meta().interprets());
            } else if (d instanceof Policy p) {
                p.meta().supersededBy().ifPresent(out::add);
            }
        });
        return out;
    }

    /**
     * The 修订对照表 pages of the revisions the documents {@code ids} are part of, and the pages of every policy
     * of their lineages (each shows the whole lineage); comparison pages of revisions that no longer exist go.
     */
    private static void revisionPages(Compendium old, Compendium now, Set<String> ids, Set<String> pages,
                                      Set<String> delete) {
        Set<String> before = new TreeSet<>();
        Set<String> after = new TreeSet<>();
        Chronicle chronicle = new Chronicle(now);
        for (String id : ids) {
            comparisonPages(old, id, before);
            comparisonPages(now, id, after);
            now.policy(id).ifPresent(p -> chronicle.lineage(p).forEach(q -> pages.add(SitePaths.page(q))));
            old.policy(id).ifPresent(p -> new Chronicle(old).lineage(p).forEach(q ->
                    now.policy(q.id()).ifPresent(n -> pages.add(SitePaths.page(n)))));
        }
        pages.addAll(after);
        before.stream().filter(f -> !after.contains(f)).forEach(delete::add);
    }

    private static void comparisonPages(Compendium c, String id, Set<String> out) {
        c.policy(id).ifPresent(p -> {
            p.meta().supersededBy().flatMap(c::policy).ifPresent(s -> out.add(SitePaths.comparison(p, s)));
            c.supersededPolicies(id).forEach(q -> out.add(SitePaths.comparison(q, p)));
        });
    }

    /** Documents that {@code id} links to or cites in one build and not in the other (their "cited by" changed). */
    private static Set<String> changedTargets(Compendium old, Compendium now, String id) {
        Set<Reference> a = new HashSet<>(old.referencesFrom(id));
        Set<Reference> b = new HashSet<>(now.referencesFrom(id));
        Set<String> out = new HashSet<>();
        Stream.concat(a.stream().filter(r -> !b.contains(r)), b.stream().filter(r -> !a.contains(r)))
                .forEach(r -> out.add(r.toId()));
        return out;
    }

    private static void facetPages(SiteIndex old, SiteIndex now, Set<String> pages, Set<String> delete) {
        Map<String, Facet> before = new HashMap<>();
        old.facets().forEach(f -> before.put(f.folder(), f));
        Set<String> kept = new HashSet<>();
        for (Facet f : now.facets()) {
            kept.add(f.folder());
            if (!f.equals(before.get(f.folder()))) {
                pages.add(f.folder() + "index.html");
            }
        }
        before.keySet().stream().filter(folder -> !kept.contains(folder)).forEach(f -> delete.add(f + "index.html"));
        if (!old.all().equals(now.all())) {
            pages.add("policies/index.html");
        }
    }

    /**
     * Note lists: the notes index and the year pages list every note with its policy's title, so a changed
     * note, or a changed policy's notes, shows there (by the note's old and new date).
     */
    private static void notePages(Compendium old, Compendium now, Set<String> changed, Set<String> pages) {
        for (String id : changed) {
            List<Interpretation> notes = Stream.of(old, now).flatMap(c -> Stream.concat(
                    c.document(id).filter(Interpretation.class::isInstance).map(Interpretation.class::cast).stream(),
                    c.interpretationsOf(id).stream())).toList();
            notes.forEach(i -> pages.add(SitePaths.yearFolder(i.meta().issued().getYear()) + "index.html"));
            if (!notes.isEmpty()) {
                pages.add("interpretations/index.html");
            }
        }
    }
}
