package org.compendium.core.render;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.ContentLoader;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.InterpretationMeta;
import org.compendium.core.resolve.ContentResolver;
import org.compendium.core.resolve.ResolvedContent;
import org.compendium.core.resolve.ResolvedDocument;

/**
 * Renders every document of content folders with {@link BodyRenderer} and with {@link FlexmarkBodyOracle},
 * with the citations, clause notes and resolved links the build gives them (errors in the content do not
 * stop it: a broken link is written as {@code #} by both), and collects the bodies that differ.
 */
final class BodyDifferential {
    private final ContentLoader loader = new ContentLoader();
    private final ContentResolver resolver = new ContentResolver();
    private final BodyRenderer renderer = new BodyRenderer();
    private final FlexmarkBodyOracle oracle = new FlexmarkBodyOracle();
    private final List<String> mismatches = new ArrayList<>();
    private int compared;

    /** Compares the bodies of the content folder {@code root}; nothing when it does not load at all. */
    BodyDifferential compare(Path root) {
        Diagnostics diagnostics = new Diagnostics();
        Optional<LoadedContent> loaded = loader.load(root, diagnostics);
        if (loaded.isEmpty()) {
            return this;
        }
        ResolvedContent content = resolver.resolve(loaded.get(), diagnostics);
        Map<String, InterpretationMeta> notesMeta = content.documents().stream()
                .filter(d -> d.source().meta() instanceof InterpretationMeta)
                .map(d -> (InterpretationMeta) d.source().meta())
                .collect(Collectors.toMap(InterpretationMeta::id, Function.identity()));
        Map<String, Map<String, List<ClauseNote>>> notes = new HashMap<>();
        content.clauseNotes().forEach(note -> notes.computeIfAbsent(note.policyId(), k -> new LinkedHashMap<>())
                .computeIfAbsent(note.anchor(), k -> new ArrayList<>()).add(note));
        for (ResolvedDocument doc : content.documents()) {
            var citations = content.citations().getOrDefault(doc.id(), Map.of());
            var docNotes = notes.getOrDefault(doc.id(), Map.of());
            // The back-links of footnotes join the footnote's text after rendering (tested on their own).
            String expected = FootnoteBackrefs.join(oracle.render(doc, citations, docNotes, notesMeta));
            String actual = renderer.render(doc, citations, docNotes, notesMeta).html();
            compared++;
            if (!expected.equals(actual)) {
                mismatches.add(root.getFileName() + "/" + doc.source().path() + ": " + difference(expected, actual));
            }
        }
        return this;
    }

    int compared() {
        return compared;
    }

    List<String> mismatches() {
        return mismatches;
    }

    private static String difference(String expected, String actual) {
        int at = 0;
        while (at < expected.length() && at < actual.length() && expected.charAt(at) == actual.charAt(at)) {
            at++;
        }
        int from = Math.max(0, at - 60);
        return "first difference at " + at + "\n  expected: " + visible(expected, from, at + 60)
                + "\n  actual:   " + visible(actual, from, at + 60);
    }

    private static String visible(String s, int from, int to) {
        return s.substring(Math.min(from, s.length()), Math.min(to, s.length())).replace("\n", "⏎").replace("\t", "⇥");
    }
}
