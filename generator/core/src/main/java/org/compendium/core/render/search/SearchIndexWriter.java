package org.compendium.core.render.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.stream.IntStream;
import org.compendium.core.internal.Json;
import org.compendium.core.model.Compendium;

/**
 * Writes the site's full-text search index under {@code search/}: {@code meta.js} (the document list),
 * {@code s/K.js} (postings of the terms whose hash falls in shard K) and {@code t/N.js} (the text of
 * document N, for checking matches and showing snippets). Every file is a script calling
 * {@code compendiumSearch.…(…)}, so the index loads with {@code <script>} elements and works from
 * {@code file://}. A query downloads the metadata, one shard per term and the text of the results shown.
 */
public final class SearchIndexWriter {
    /** Shards are sized so that one holds about this many bytes of postings. */
    private static final int SHARD_TARGET_BYTES = 48 * 1024;

    public void write(Compendium compendium, Path dir) throws IOException {
        List<SearchDocument> docs = SearchDocument.all(compendium);
        List<String> normalized = docs.parallelStream().map(d -> SearchText.normalize(d.text())).toList();
        Map<String, List<Integer>> postings = postings(normalized);
        int shards = shardCount(postings);
        Files.createDirectories(dir.resolve("s"));
        Files.createDirectories(dir.resolve("t"));
        write(dir.resolve("meta.js"), "compendiumSearch.meta(" + SearchDocument.metaJson(docs, shards) + ");\n");
        writeShards(postings, shards, dir.resolve("s"));
        IntStream.range(0, docs.size()).parallel().forEach(n -> write(dir.resolve("t/" + n + ".js"),
                "compendiumSearch.text(" + n + "," + Json.string(docs.get(n).text()) + ");\n"));
    }

    private static Map<String, List<Integer>> postings(List<String> normalized) {
        List<java.util.Set<String>> terms = normalized.parallelStream().map(SearchText::terms).toList();
        Map<String, List<Integer>> postings = new java.util.HashMap<>();
        for (int n = 0; n < terms.size(); n++) {
            for (String t : terms.get(n)) {
                postings.computeIfAbsent(t, k -> new ArrayList<>()).add(n);
            }
        }
        return postings;
    }

    private static int shardCount(Map<String, List<Integer>> postings) {
        long bytes = postings.entrySet().stream().mapToLong(e -> e.getKey().length() * 3L + 6 + e.getValue().size() * 3L)
                .sum();
        int shards = 1;
        while (shards < 4096 && bytes / shards > SHARD_TARGET_BYTES) {
            shards *= 2;
        }
        return shards;
    }

    private static void writeShards(Map<String, List<Integer>> postings, int shards, Path dir) {
        List<List<String>> terms = new ArrayList<>(shards);
        for (int k = 0; k < shards; k++) {
            terms.add(new ArrayList<>());
        }
        postings.keySet().forEach(term -> terms.get(SearchText.hash(term) & (shards - 1)).add(term));
        IntStream.range(0, shards).parallel().forEach(k -> {
            StringJoiner out = new StringJoiner(",", "compendiumSearch.shard(" + k + ",{", "});\n");
            terms.get(k).stream().sorted().forEach(t -> out.add(Json.string(t) + ":\"" + deltas(postings.get(t)) + "\""));
            write(dir.resolve(k + ".js"), out.toString());
        });
    }

    /** Ascending document numbers as base-36 gaps: 3,10,11 → "3,7,1". */
    private static String deltas(List<Integer> docs) {
        StringJoiner j = new StringJoiner(",");
        int prev = 0;
        for (int d : docs) {
            j.add(Integer.toString(d - prev, 36));
            prev = d;
        }
        return j.toString();
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
