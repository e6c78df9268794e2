package org.compendium.core.render.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.compendium.core.internal.Json;
import org.compendium.core.model.Body;
import org.compendium.core.model.Compendium;

/**
 * The site's sharded full-text index (see {@link SearchIndexWriter} for the files). An instance can be
 * brought up to date with a changed compendium, rewriting only the files that change: the preview's
 * incremental rebuild. Not thread-safe; one owner at a time.
 */
public final class SearchIndex {
    /** Shards are sized so that one holds about this many bytes of postings. */
    private static final int SHARD_TARGET_BYTES = 48 * 1024;
    private final List<SearchDocument> docs;
    private final List<Set<String>> terms;
    private final TreeMap<String, List<Integer>> postings;
    private long bytes;
    private final Map<Body, String> bodyTexts = new IdentityHashMap<>();

    private SearchIndex(List<SearchDocument> docs, List<Set<String>> terms) {
        this.docs = new ArrayList<>(docs);
        this.terms = new ArrayList<>(terms);
        this.postings = new TreeMap<>();
        for (int n = 0; n < terms.size(); n++) {
            for (String t : terms.get(n)) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
            }
        }
        this.bytes = postings.entrySet().stream().mapToLong(e -> entryBytes(e.getKey(), e.getValue().size())).sum();
    }

    public static SearchIndex build(Compendium compendium) {
        Map<Body, String> texts = new IdentityHashMap<>();
        List<SearchDocument> docs = SearchDocument.all(compendium, b -> texts.computeIfAbsent(b, Body::text));
        SearchIndex index = new SearchIndex(docs, docs.parallelStream()
                .map(d -> SearchText.terms(SearchText.normalize(d.text()))).toList());
        index.bodyTexts.putAll(texts);
        return index;
    }

    /** Writes every file of the index into {@code dir}. */
    public void writeAll(Path dir) throws IOException {
        Files.createDirectories(dir.resolve("s"));
        Files.createDirectories(dir.resolve("t"));
        write(dir.resolve("meta.js"), meta());
        List<StringJoiner> out = shardTexts(null);
        IntStream.range(0, out.size()).parallel().forEach(k -> write(dir.resolve("s/" + k + ".js"), out.get(k).toString()));
        IntStream.range(0, docs.size()).parallel().forEach(n -> write(dir.resolve("t/" + n + ".js"), text(n)));
    }

    /**
     * Brings the index up to date with {@code compendium} and rewrites only what changed in {@code dir};
     * when the document order changes, everything is rewritten.
     *
     * @return this index, updated, or a new one
     */
    public SearchIndex update(Compendium compendium, Path dir) throws IOException {
        Map<Body, String> seen = new IdentityHashMap<>();
        List<SearchDocument> next = SearchDocument.all(compendium, b -> seen.computeIfAbsent(b,
                k -> bodyTexts.containsKey(k) ? bodyTexts.get(k) : k.text()));
        bodyTexts.clear();
        bodyTexts.putAll(seen);
        boolean sameOrder = next.size() == docs.size()
                && IntStream.range(0, docs.size()).allMatch(n -> docs.get(n).url().equals(next.get(n).url()));
        if (!sameOrder) {
            return rebuildAll(next, dir);
        }
        int shardsBefore = shardCount();
        boolean sameEntries = IntStream.range(0, docs.size()).allMatch(n -> docs.get(n).sameEntry(next.get(n)));
        BitSet changedShards = new BitSet();
        List<Integer> changedDocs = new ArrayList<>();
        for (int n = 0; n < next.size(); n++) {
            SearchDocument doc = next.get(n);
            if (!doc.text().equals(docs.get(n).text())) {
                Set<String> fresh = SearchText.terms(SearchText.normalize(doc.text()));
                replaceTerms(n, fresh, changedShards, shardsBefore);
                changedDocs.add(n);
            }
            docs.set(n, doc);
        }
        if (shardCount() != shardsBefore) {
            return rebuildAll(next, dir);
        }
        if (!sameEntries) {
            write(dir.resolve("meta.js"), meta());
        }
        List<StringJoiner> out = shardTexts(changedShards);
        changedShards.stream().forEach(k -> write(dir.resolve("s/" + k + ".js"), out.get(k).toString()));
        changedDocs.forEach(n -> write(dir.resolve("t/" + n + ".js"), text(n)));
        return this;
    }

    private SearchIndex rebuildAll(List<SearchDocument> next, Path dir) throws IOException {
        Map<String, Set<String>> known = new java.util.HashMap<>();
        for (int n = 0; n < docs.size(); n++) {
            known.put(docs.get(n).text(), terms.get(n));
        }
        SearchIndex fresh = new SearchIndex(next, next.parallelStream().map(d -> {
            Set<String> t = known.get(d.text());
            return t != null ? t : SearchText.terms(SearchText.normalize(d.text()));
        }).toList());
        int oldShards = shardCount();
        int oldDocs = docs.size();
        fresh.writeAll(dir);
        for (int k = fresh.shardCount(); k < oldShards; k++) {
            Files.deleteIfExists(dir.resolve("s/" + k + ".js"));
        }
        for (int n = fresh.docs.size(); n < oldDocs; n++) {
            Files.deleteIfExists(dir.resolve("t/" + n + ".js"));
        }
        return fresh;
    }

    private void replaceTerms(int n, Set<String> fresh, BitSet changedShards, int shards) {
        Set<String> old = terms.get(n);
        for (String t : old) {
            if (!fresh.contains(t)) {
                List<Integer> list = postings.get(t);
                list.remove(Integer.valueOf(n));
                bytes -= list.isEmpty() ? entryBytes(t, 1) : 3;
                if (list.isEmpty()) {
                    postings.remove(t);
                }
                changedShards.set(SearchText.hash(t) & (shards - 1));
            }
        }
        for (String t : fresh) {
            if (!old.contains(t)) {
                List<Integer> list = postings.computeIfAbsent(t, k -> new ArrayList<>());
                int at = java.util.Collections.binarySearch(list, n);
                list.add(-at - 1, n);
                bytes += list.size() == 1 ? entryBytes(t, 1) : 3;
                changedShards.set(SearchText.hash(t) & (shards - 1));
            }
        }
        terms.set(n, fresh);
    }

    private static long entryBytes(String term, int docCount) {
        return term.length() * 3L + 6 + docCount * 3L;
    }

    private int shardCount() {
        int shards = 1;
        while (shards < 4096 && bytes / shards > SHARD_TARGET_BYTES) {
            shards *= 2;
        }
        return shards;
    }

    private String meta() {
        return "compendiumSearch.meta(" + SearchDocument.metaJson(docs, shardCount()) + ");\n";
    }

    private String text(int n) {
        return "compendiumSearch.text(" + n + "," + Json.string(docs.get(n).text()) + ");\n";
    }

    /** The text of every shard, or only of the shards in {@code only} (others stay empty). */
    private List<StringJoiner> shardTexts(BitSet only) {
        int shards = shardCount();
        List<StringJoiner> out = new ArrayList<>(shards);
        for (int k = 0; k < shards; k++) {
            out.add(new StringJoiner(",", "compendiumSearch.shard(" + k + ",{", "});\n"));
        }
        postings.forEach((term, list) -> {
            int k = SearchText.hash(term) & (shards - 1);
            if (only == null || only.get(k)) {
                out.get(k).add(Json.string(term) + ":\"" + deltas(list) + "\"");
            }
        });
        return out;
    }

    /** Ascending document numbers as base-36 gaps: 3,10,11 → "3,7,1". */
    private static String deltas(List<Integer> list) {
        StringJoiner j = new StringJoiner(",");
        int prev = 0;
        for (int d : list) {
            j.add(Integer.toString(d - prev, 36));
            prev = d;
        }
        return j.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
