package org.compendium.core.render.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.compendium.core.internal.Json;
import org.compendium.core.internal.ParallelLists;
import org.compendium.core.internal.Utf8Writer;
import org.compendium.core.model.Body;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.output.OutputFiles;

/**
 * The site's sharded full-text index (see {@link SearchIndexWriter} for the files). An instance can be
 * brought up to date with a changed compendium, rewriting only the files that change: the preview's
 * incremental rebuild. Not thread-safe; one owner at a time.
 */
public final class SearchIndex {
    /** Shards are sized so that one holds about this many bytes of postings. */
    private static final int SHARD_TARGET_BYTES = 48 * 1024;
    private final List<SearchDocument> docs;
    /** Term → postings; unordered, as only the files are ordered (by term, within each shard). */
    private final Map<String, Postings> postings;
    private long bytes;
    private final Map<Body, String> bodyTexts = new IdentityHashMap<>();
    private final TermScanner scanner = new TermScanner();

    private SearchIndex(List<SearchDocument> docs) {
        this.docs = new ArrayList<>(docs);
        this.postings = postingsOf(docs);
        this.bytes = postings.entrySet().stream().mapToLong(e -> entryBytes(e.getKey(), e.getValue().size())).sum();
    }

    /**
     * One pass over the text of each run of consecutive documents, a run per core, then the runs' postings
     * joined in order: every list comes out ascending without sorting.
     */
    private static Map<String, Postings> postingsOf(List<SearchDocument> docs) {
        int runs = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), docs.size() / 64));
        List<Map<String, Postings>> parts = IntStream.range(0, runs).parallel().mapToObj(r -> {
            PostingsBuilder builder = new PostingsBuilder(new TermScanner());
            for (int n = docs.size() * r / runs; n < docs.size() * (r + 1) / runs; n++) {
                builder.add(n, docs.get(n).text());
            }
            return builder.build();
        }).toList();
        Map<String, Postings> all = parts.get(0);
        for (Map<String, Postings> later : parts.subList(1, parts.size())) {
            later.forEach((term, list) -> all.merge(term, list, Postings::append));
        }
        return all;
    }

    public static SearchIndex build(Compendium compendium) {
        return new SearchIndex(SearchDocument.all(compendium));
    }

    private Set<String> termsOf(String text) {
        Set<String> terms = new HashSet<>();
        scanner.scan(text, new TermScanner.Sink() {
            @Override
            public void pair(int first, int second) {
                terms.add(new StringBuilder(4).appendCodePoint(first).appendCodePoint(second).toString());
            }

            @Override
            public void word(String word) {
                terms.add(word);
            }
        });
        return terms;
    }

    /** Writes every file of the index into {@code dir}, a folder under the root of {@code files}. */
    public void writeAll(OutputFiles files, Path dir) throws IOException {
        files.write(dir.resolve("meta.js"), meta());
        List<List<String>> terms = termsByShard(null);
        ThreadLocal<Utf8Writer> buffers = Utf8Writer.perThread(SHARD_TARGET_BYTES * 2);
        try {
            ParallelLists.forEach(IntStream.range(0, terms.size()).boxed().toList(),
                    k -> write(files, dir.resolve("s/" + k + ".js"), shardText(k, terms.get(k), buffers.get())));
            ParallelLists.forEach(IntStream.range(0, docs.size()).boxed().toList(),
                    n -> write(files, dir.resolve("t/" + n + ".js"), text(n, buffers.get())));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
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
            } else if (doc.bodyStart() != docs.get(n).bodyStart()) {
                changedDocs.add(n);
            }
            docs.set(n, doc);
        }
        if (shardCount() != shardsBefore) {
            return rebuildAll(next, dir);
        }
        OutputFiles files = new OutputFiles(dir);
        if (!sameEntries) {
            files.write(dir.resolve("meta.js"), meta());
        }
        writeChanged(files, dir, changedShards, changedDocs);
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
            } else if (doc.bodyStart() != docs.get(n).bodyStart()) {
                changedDocs.add(n);
            }
            docs.set(n, doc);
        });
        if (shardCount() != shardsBefore) {
            return rebuildAll(List.copyOf(docs), dir);
        }
        writeChanged(new OutputFiles(dir), dir, changedShards, changedDocs);
        return this;
    }

    /** Writes the shards and document texts an update changed. */
    private void writeChanged(OutputFiles files, Path dir, BitSet changedShards, List<Integer> changedDocs)
            throws IOException {
        List<List<String>> terms = termsByShard(changedShards);
        Utf8Writer buffer = new Utf8Writer(SHARD_TARGET_BYTES * 2);
        for (int k = changedShards.nextSetBit(0); k >= 0; k = changedShards.nextSetBit(k + 1)) {
            shardText(k, terms.get(k), buffer);
            files.write(dir.resolve("s/" + k + ".js"), buffer.bytes(), buffer.length());
        }
        for (int n : changedDocs) {
            text(n, buffer);
            files.write(dir.resolve("t/" + n + ".js"), buffer.bytes(), buffer.length());
        }
    }

    private SearchIndex rebuildAll(List<SearchDocument> next, Path dir) throws IOException {
        int oldShards = shardCount();
        int oldDocs = docs.size();
        SearchIndex fresh = new SearchIndex(next);
        fresh.bodyTexts.putAll(bodyTexts);
        fresh.writeAll(new OutputFiles(dir), dir);
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

    /** Writes document {@code n}'s text file into {@code out}, emptied first. */
    private Utf8Writer text(int n, Utf8Writer out) {
        out.reset().append("compendiumSearch.text(").append(Integer.toString(n)).append(',');
        Json.write(out, docs.get(n).text());
        return out.append(",").append(Integer.toString(docs.get(n).bodyStart())).append(");\n");
    }

    /** The terms of every shard, or only of the shards in {@code only} (others empty), each in order. */
    private List<List<String>> termsByShard(BitSet only) {
        int shards = shardCount();
        List<List<String>> terms = new ArrayList<>(shards);
        for (int k = 0; k < shards; k++) {
            terms.add(new ArrayList<>());
        }
        postings.keySet().forEach(term -> {
            int k = SearchText.hash(term) & (shards - 1);
            if (only == null || only.get(k)) {
                terms.get(k).add(term);
            }
        });
        terms.forEach(list -> list.sort(null));
        return terms;
    }

    /** Writes shard {@code k}'s file into {@code out}, emptied first. */
    private Utf8Writer shardText(int k, List<String> terms, Utf8Writer out) {
        out.reset().append("compendiumSearch.shard(").append(Integer.toString(k)).append(",{");
        for (int i = 0; i < terms.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Json.write(out, terms.get(i));
            out.append(":\"");
            postings.get(terms.get(i)).appendDeltas(out);
            out.append('"');
        }
        return out.append("});\n");
    }

    /** The ascending numbers of the documents holding a term, as an int array (no boxing: 20,000 policies fit in 1 GB). */
    static final class Postings {
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

        /** This list followed by {@code later}, whose documents all come after this list's. */
        Postings append(Postings later) {
            for (int i = 0; i < later.size; i++) {
                add(later.docs[i]);
            }
            return this;
        }

        /** Adds a document not below the last one (documents are added in order), once. */
        void addIfLast(int doc) {
            if (size == 0 || docs[size - 1] != doc) {
                add(doc);
            }
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

        /** Appends the ascending document numbers as base-36 gaps: 3,10,11 → "3,7,1". */
        void appendDeltas(Utf8Writer out) {
            int prev = 0;
            for (int i = 0; i < size; i++) {
                if (i > 0) {
                    out.append(',');
                }
                appendBase36(out, docs[i] - prev);
                prev = docs[i];
            }
        }

        /** {@code Integer.toString(n, 36)} without a string per number (there is one per posting). */
        private static void appendBase36(Utf8Writer out, int n) {
            if (n >= 36) {
                appendBase36(out, n / 36);
            }
            out.append(Character.forDigit(n % 36, 36));
        }
    }

    private static void write(OutputFiles files, Path file, Utf8Writer text) {
        try {
            files.write(file, text.bytes(), text.length());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
