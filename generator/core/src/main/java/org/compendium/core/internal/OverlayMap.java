package org.compendium.core.internal;

import java.util.AbstractMap;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * An unmodifiable map that is another map with a few entries laid over it (replaced or added), without
 * copying it: a compile kept for the next one holds maps of all 3,200 documents, and an edit replaces one or
 * two entries. Laying entries over an overlay merges them over the same base, so a lookup stays two hash probes; past
 * {@link #MAX_EDITS} replacements the map is copied once. Iterating copies it too (only whole rebuilds do).
 */
public final class OverlayMap<K, V> extends AbstractMap<K, V> {
    private static final int MAX_EDITS = 256;
    private final Map<K, V> base;
    private final Map<K, V> edits;
    private final int size;

    private OverlayMap(Map<K, V> base, Map<K, V> edits) {
        this.base = base;
        this.edits = edits;
        this.size = base.size() + (int) edits.keySet().stream().filter(k -> !base.containsKey(k)).count();
    }

    /** {@code map} with the entries of {@code replaced} put in; neither is changed. */
    public static <K, V> Map<K, V> of(Map<K, V> map, Map<K, V> replaced) {
        if (replaced.isEmpty()) {
            return map;
        }
        Map<K, V> base = map instanceof OverlayMap<K, V> e ? e.base : map;
        Map<K, V> edits = map instanceof OverlayMap<K, V> e ? new HashMap<>(e.edits) : new HashMap<>();
        edits.putAll(replaced);
        if (edits.size() > MAX_EDITS) {
            Map<K, V> all = new HashMap<>(base);
            all.putAll(edits);
            return Collections.unmodifiableMap(all);
        }
        return new OverlayMap<>(base, edits);
    }

    /** {@code map}, unmodifiable: an overlay already is (and is not copied, so it can be laid over again). */
    public static <K, V> Map<K, V> readOnly(Map<K, V> map) {
        return map instanceof OverlayMap<K, V> ? map : Collections.unmodifiableMap(map);
    }

    @Override
    public V get(Object key) {
        V v = edits.get(key);
        return v != null || edits.containsKey(key) ? v : base.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return edits.containsKey(key) || base.containsKey(key);
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public Set<Entry<K, V>> entrySet() {
        Map<K, V> all = new HashMap<>(base);
        all.putAll(edits);
        return Collections.unmodifiableMap(all).entrySet();
    }
}
