package org.compendium.core.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.PolicyMeta;

/** Builds the title and 文号 lookups for citations; a title or number used twice is warned about and not linked. */
final class CitationIndexes {

    private CitationIndexes() {
    }

    static CitationScanner scanner(List<SourceDocument> documents, Diagnostics diagnostics) {
        Map<String, SourceDocument> byTitle = new HashMap<>();
        Map<String, SourceDocument> byNumber = new HashMap<>();
        Map<String, String> titles = new HashMap<>();
        Map<String, String> numbers = new HashMap<>();
        for (SourceDocument doc : documents) {
            if (doc.meta() instanceof PolicyMeta p) {
                add(doc, "title", p.title(), byTitle, titles, diagnostics);
                p.docNumber().ifPresent(n -> add(doc, "doc_number", n, byNumber, numbers, diagnostics));
            }
        }
        return new CitationScanner(titles, numbers);
    }

    private static void add(SourceDocument doc, String key, String value, Map<String, SourceDocument> seen,
                            Map<String, String> index, Diagnostics diagnostics) {
        SourceDocument earlier = seen.putIfAbsent(value, doc);
        if (earlier == null) {
            index.put(value, doc.id());
            return;
        }
        index.remove(value);
        diagnostics.warning(doc.valueAt(key), "same " + key + " as " + earlier.path() + " [" + value
                + "]; citations of it cannot be linked; expected each policy's " + key + " to be unique");
    }
}
