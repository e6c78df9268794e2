package org.compendium.core.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.core.kernel.SourcePosition;

/**
 * The YAML front matter of a file, key by key in written order, and where the body starts.
 *
 * @param entries    keys in the order written (duplicates already reported and dropped)
 * @param start      position of the opening {@code ---}
 * @param bodyOffset character offset in the file text where the Markdown body begins
 */
public record FrontMatter(List<Entry> entries, SourcePosition start, int bodyOffset) {

    /** One {@code key: value} line. */
    public record Entry(String key, SourcePosition keyAt, YamlValue value) {
    }

    public Optional<Entry> entry(String key) {
        return entries.stream().filter(e -> e.key().equals(key)).findFirst();
    }

    public Map<String, Entry> asMap() {
        Map<String, Entry> map = new LinkedHashMap<>();
        entries.forEach(e -> map.putIfAbsent(e.key(), e));
        return map;
    }
}
