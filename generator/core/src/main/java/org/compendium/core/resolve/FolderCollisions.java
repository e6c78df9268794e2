package org.compendium.core.resolve;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.PolicyMeta;
import org.compendium.core.paths.SitePaths;

/**
 * Two categories (or two issuers) whose site folders differ only in case ({@code AI} and {@code ai}) or not at
 * all once reserved characters are replaced ({@code A/B} and {@code A:B}): on a case-insensitive file system
 * (macOS, Windows, most web servers' mounted shares) the second would overwrite the first's pages. Each such
 * spelling is an error at the value that came second, naming the first.
 */
final class FolderCollisions {
    private FolderCollisions() {
    }

    static void report(List<SourceDocument> docs, Diagnostics diagnostics) {
        Map<String, String> categories = new LinkedHashMap<>();
        Map<String, String> issuers = new LinkedHashMap<>();
        List<SourceDocument> sorted = new ArrayList<>(docs);
        sorted.sort(java.util.Comparator.comparing(d -> d.source().path()));
        for (SourceDocument doc : sorted) {
            if (doc.meta() instanceof PolicyMeta m) {
                m.category().ifPresent(c -> check(doc, "category", c, categories, diagnostics));
                m.issuers().forEach(i -> check(doc, "issuer", i, issuers, diagnostics));
            }
        }
    }

    private static void check(SourceDocument doc, String key, String name, Map<String, String> seen,
                              Diagnostics diagnostics) {
        String folder = SitePaths.segment(name).toLowerCase(Locale.ROOT);
        String first = seen.putIfAbsent(folder, name);
        if (first != null && !first.equals(name)) {
            diagnostics.error(doc.valueAt(key), key + " [" + name + "] differs from [" + first + "] only in case or"
                    + " in characters a folder name cannot hold; both would be the folder " + folder + "/ on a"
                    + " case-insensitive file system; expected one spelling [" + first + "]");
        }
    }
}
