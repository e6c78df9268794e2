package org.compendium.core.render.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
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
import org.compendium.core.model.Document;

/**
 * The site's sharded full-text index (see {@link SearchIndexWriter} for the files). An instance can be
 * brought up to date with a changed compendium, rewriting only the files that change: the preview's
 * incremental rebuild. Not thread-safe; one owner at a time.
 */
public final class SearchIndex {
    /** Shards are sized so that one holds about this many bytes of postings. */
    private static final int SHARD_TARGET_BYTES = 48 * 1024;
    /** Documents whose terms are computed together, in parallel, then merged: bounds the memory held. */
    private static final int CHUNK = 512;
    private final List<SearchDocument> docs;
    private final TreeMap<String, Postings> postings = new TreeMap<>();
    private long bytes;
    private final Map<Body, String> bodyTexts = new IdentityHashMap<>();

    private SearchIndex(List<SearchDocument> docs) {
        this.docs = new ArrayList<>(docs);
        for (int from = 0; from < docs.size(); from += CHUNK) {
            int start = from;
            List<Set<String>> terms = IntStream.range(from, Math.min(docs.size(), from + CHUNK)).parallel()
                    .mapToObj(n -> termsOf(docs.get(n).text())).toList();
            for (int i = 0; i < terms.size(); i++) {
                for (String t : terms.get(i)) {
                    postings.computeIfAbsent(t, k -> new Postings()).add(start + i);
                }
            }
        }
        this.bytes = postings.entrySet().stream().mapToLong(e -> entryBytes(e.getKey(), e.getValue().size())).sum();
    }

    public static SearchIndex build(Compendium compendium) {
        return new SearchIndex(SearchDocument.all(compendium));
    }

    private static Set<String> termsOf(String text) {
        return SearchText.terms(SearchText.normalize(text));
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
                replaceTerms(n, termsOf(docs.get(n).text()), termsOf(doc.text()), changedShards, shardsBefore);
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

    /**
     * Brings the index up to date when only the bodies of the documents {@code ids} changed and nothing the
     * document list shows (titles, dates, statuses, order): the preview's usual edit. Gives and writes what
     * {@link #update} would, without going through every document; when a document's entry did change
     * after all, it is {@link #update}.
     *
     * @param before the compendium the index is up to date with
     */
    public SearchIndex updateBodies(Compendium before, Compendium after, Set<String> ids, Path dir) throws IOException {
        Map<Integer, SearchDocument> next = new TreeMap<>();
        for (String id : ids) {
            Document doc = after.document(id).orElseThrow();
            SearchDocument entry = SearchDocument.of(doc, after, body -> bodyTexts.computeIfAbsent(body, Body::text));
            int n = IntStream.range(0, docs.size()).filter(k -> docs.get(k).url().equals(entry.url())).findFirst()
                    .orElse(-1);
            if (n < 0 || !docs.get(n).sameEntry(entry)) {
                return update(after, dir);
            }
            next.put(n, entry);
            before.document(id).filter(old -> old.body() != doc.body()).ifPresent(old -> bodyTexts.remove(old.body()));
        }
        int shardsBefore = shardCount();
        BitSet changedShards = new BitSet();
        List<Integer> changedDocs = new ArrayList<>();
        next.forEach((n, doc) -> {
            if (!doc.text().equals(docs.get(n).text())) {
                replaceTerms(n, termsOf(docs.get(n).text()), termsOf(doc.text()), changedShards, shardsBefore);
                changedDocs.add(n);
            }
            docs.set(n, doc);
        });
        if (shardCount() != shardsBefore) {
            return rebuildAll(List.copyOf(docs), dir);
        }
        List<StringJoiner> out = shardTexts(changedShards);
        changedShards.stream().forEach(k -> write(dir.resolve("s/" + k + ".js"), out.get(k).toString()));
        changedDocs.forEach(n -> write(dir.resolve("t/" + n + ".js"), text(n)));
        return this;
    }

    private SearchIndex rebuildAll(List<SearchDocument> next, Path dir) throws IOException {
        int oldShards = shardCount();
        int oldDocs = docs.size();
        SearchIndex fresh = new SearchIndex(next);
        fresh.bodyTexts.putAll(bodyTexts);
        fresh.writeAll(dir);
        for (int k = fresh.shardCount(); k < oldShards; k++) {
            Files.deleteIfExists(dir.resolve("s/" + k + ".js"));
        }
        for (int n = fresh.docs.size(); n < oldDocs; n++) {
            Files.deleteIfExists(dir.resolve("t/" + n + ".js"));
        }
        return fresh;
    }

    private void replaceTerms(int n, Set<String> old, Set<String> fresh, BitSet changedShards, int shards) {
        for (String t : old) {
            if (!fresh.contains(t)) {
                Postings list = postings.get(t);
                list.remove(n);
                bytes -= list.size() == 0 ? entryBytes(t, 1) : 3;
                if (list.size() == 0) {
                    postings.remove(t);
                }
                changedShards.set(SearchText.hash(t) & (shards - 1));
            }
        }
        for (String t : fresh) {
            if (!old.contains(t)) {
                Postings list = postings.computeIfAbsent(t, k -> new Postings());
                list.insert(n);
                bytes += list.size() == 1 ? entryBytes(t, 1) : 3;
                changedShards.set(SearchText.hash(t) & (shards - 1));
            }
        }
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
                out.get(k).add(Json.string(term) + ":\"" + list.deltas() + "\"");
            }
        });
        return out;
    }

    /** The ascending numbers of the documents holding a term, as an int array (no boxing: 20,000 policies fit in 1 GB). */
    private static final class Postings {
        private int[] docs = new int[2];
        private int size;

        int size() {
            return size;
        }

        void add(int doc) {
            if (size == docs.length) {
                docs = Arrays.copyOf(docs, size * 2);
            }
            docs[size++] = doc;
        }

        void insert(int doc) {
            int at = Arrays.binarySearch(docs, 0, size, doc);
            if (at >= 0) {
                return;
            }
            add(doc);
            int pos = -at - 1;
            System.arraycopy(docs, pos, docs, pos + 1, size - 1 - pos);
            docs[pos] = doc;
        }

        void remove(int doc) {
            int at = Arrays.binarySearch(docs, 0, size, doc);
            if (at >= 0) {
                System.arraycopy(docs, at + 1, docs, at, size - at - 1);
                size--;
            }
        }

        /** Ascending document numbers as base-36 gaps: 3,10,11 → "3,7,1". */
        String deltas() {
            StringBuilder j = new StringBuilder(size * 3);
            int prev = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    j.append(',');
                }
                j.append(Integer.toString(docs[i] - prev, 36));
                prev = docs[i];
            }
            return j.toString();
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
