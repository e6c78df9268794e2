package org.compendium.core.render.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the postings of documents fed in ascending order, as one loop over their text: a pair of Han
 * characters of the Basic Multilingual Plane (nearly every term) is looked up by its two chars packed into
 * an int, so no string is made per occurrence; the string of a term is made once, at the end. Not
 * thread-safe.
 */
final class PostingsBuilder implements TermScanner.Sink {
    private final TermScanner scanner;
    private final Map<String, Integer> otherIds = new HashMap<>();
    private final List<SearchIndex.Postings> postings = new ArrayList<>();
    /** Open addressing: packed pair (never 0: Han characters are above U+2E80) → term number + 1. */
    private int[] pairKeys = new int[1 << 12];
    private int[] pairIds = new int[1 << 12];
    private int pairCount;
    private int doc = -1;

    PostingsBuilder(TermScanner scanner) {
        this.scanner = scanner;
    }

    /** Adds the terms of document {@code n}; documents come in ascending order. */
    void add(int n, String text) {
        doc = n;
        scanner.scan(text, this);
    }

    /** Every term with the ascending numbers of the documents holding it. */
    Map<String, SearchIndex.Postings> build() {
        String[] terms = new String[postings.size()];
        for (int slot = 0; slot < pairKeys.length; slot++) {
            if (pairKeys[slot] != 0) {
                terms[pairIds[slot] - 1] = String.valueOf(new char[] {(char) (pairKeys[slot] >>> 16),
                        (char) pairKeys[slot]});
            }
        }
        otherIds.forEach((term, id) -> terms[id] = term);
        Map<String, SearchIndex.Postings> out = new HashMap<>(terms.length * 2);
        for (int id = 0; id < terms.length; id++) {
            out.put(terms[id], postings.get(id));
        }
        return out;
    }

    @Override
    public void pair(int first, int second) {
        if (first > 0xFFFF || second > 0xFFFF) {
            word(new StringBuilder(4).appendCodePoint(first).appendCodePoint(second).toString());
            return;
        }
        int key = first << 16 | second;
        int mask = pairKeys.length - 1;
        int slot = mix(key) & mask;
        while (pairKeys[slot] != 0 && pairKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        if (pairKeys[slot] == 0) {
            pairKeys[slot] = key;
            pairIds[slot] = newTerm() + 1;
            int id = pairIds[slot] - 1;
            if (++pairCount * 2 > pairKeys.length) {
                growPairs();
            }
            postings.get(id).addIfLast(doc);
            return;
        }
        postings.get(pairIds[slot] - 1).addIfLast(doc);
    }

    @Override
    public void word(String word) {
        Integer id = otherIds.get(word);
        if (id == null) {
            id = newTerm();
            otherIds.put(word, id);
        }
        postings.get(id).addIfLast(doc);
    }

    private int newTerm() {
        postings.add(new SearchIndex.Postings());
        return postings.size() - 1;
    }

    private void growPairs() {
        int[] keys = pairKeys;
        int[] ids = pairIds;
        pairKeys = new int[keys.length * 2];
        pairIds = new int[keys.length * 2];
        int mask = pairKeys.length - 1;
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != 0) {
                int slot = mix(keys[i]) & mask;
                while (pairKeys[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                pairKeys[slot] = keys[i];
                pairIds[slot] = ids[i];
            }
        }
    }

    /** Spreads the packed chars over the table (neighbouring characters differ in the low bits only). */
    private static int mix(int key) {
        int h = key * 0x9E3779B9;
        return h ^ (h >>> 16);
    }
}
