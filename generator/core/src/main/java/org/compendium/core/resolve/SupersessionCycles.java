package org.compendium.core.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.PolicyMeta;

/**
 * {@code superseded_by} chains that come back to where they started (a → b → a): each policy would be
 * superseded by its own successor, and the status, the 修订沿革 and the change reports would follow the loop.
 * Each cycle is one error, at the {@code superseded_by} of its policy with the smallest id, naming the cycle.
 */
final class SupersessionCycles {
    private SupersessionCycles() {
    }

    static void report(List<SourceDocument> docs, Diagnostics diagnostics) {
        Map<String, String> next = new HashMap<>();
        Map<String, SourceDocument> byId = new HashMap<>();
        for (SourceDocument doc : docs) {
            if (doc.meta() instanceof PolicyMeta m && m.supersededBy().isPresent()) {
                next.put(doc.id(), m.supersededBy().get());
                byId.put(doc.id(), doc);
            }
        }
        Map<String, Integer> walk = new HashMap<>(); // id -> the walk that first reached it
        List<String> starts = new ArrayList<>(next.keySet());
        starts.sort(null);
        for (int w = 0; w < starts.size(); w++) {
            String id = starts.get(w);
            List<String> path = new ArrayList<>();
            while (id != null && !walk.containsKey(id)) {
                walk.put(id, w);
                path.add(id);
                id = next.get(id);
            }
            if (id != null && walk.get(id) == w) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
                String first = cycle.stream().min(String::compareTo).orElseThrow();
                java.util.Collections.rotate(cycle, -cycle.indexOf(first));
                cycle.add(first);
                diagnostics.error(byId.get(first).valueAt("superseded_by"), "superseded_by cycle ["
                        + String.join(" → ", cycle) + "]; expected a chain of revisions that ends at the newest policy");
            }
        }
    }
}
