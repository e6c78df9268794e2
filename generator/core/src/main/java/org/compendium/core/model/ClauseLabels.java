package org.compendium.core.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * A clause named in full, as a Chinese reader cites it: 第五条第（五）项, 第二部分第（一）项第1目, 第二部分第2项,
 * 第一章第二节; not the bare number {@code （五）} or {@code 2.} of the clause alone, which says nothing once it
 * stands outside its article.
 *
 * <p>The clause's ancestors are the anchors before it of smaller depth (headings without a number end the
 * chain upwards but are not named). Articles are numbered through the document, so nothing above the nearest
 * article is named. Outline numbers read: 一、 → 第一部分, then the levels below a part or an article →
 * 第…项, then 第…目, deeper ones by their number.
 */
public final class ClauseLabels {

    private ClauseLabels() {
    }

    /** The full label of anchor {@code id} among {@code anchors} (a document's, in order), if it is there. */
    public static Optional<String> of(List<Anchor> anchors, String id) {
        for (int i = 0; i < anchors.size(); i++) {
            if (anchors.get(i).id().equals(id)) {
                return Optional.of(of(anchors, i));
            }
        }
        return Optional.empty();
    }

    private static String of(List<Anchor> anchors, int index) {
        Anchor clause = anchors.get(index);
        if (clause.number().isEmpty()) {
            return clause.text();
        }
        Deque<Anchor> chain = new ArrayDeque<>();
        chain.add(clause);
        int depth = clause.depth();
        for (int j = index - 1; j >= 0 && depth > 0 && clause.kind() != AnchorKind.ARTICLE; j--) {
            Anchor a = anchors.get(j);
            if (a.kind() == AnchorKind.PASSAGE || a.depth() >= depth) {
                continue;
            }
            depth = a.depth();
            if (a.kind() == AnchorKind.HEADING || a.number().isEmpty()) {
                break;
            }
            chain.addFirst(a);
            if (a.kind() == AnchorKind.ARTICLE) {
                break;
            }
        }
        StringBuilder out = new StringBuilder();
        int item = 0;
        for (Anchor a : chain) {
            String n = a.number().strip();
            if (a.kind() != AnchorKind.OUTLINE) {
                out.append(n);
            } else if (n.endsWith("、")) {
                out.append('第').append(n, 0, n.length() - 1).append("部分");
            } else {
                String core = n.endsWith(".") || n.endsWith("．") ? n.substring(0, n.length() - 1) : n;
                out.append('第').append(core).append(item == 0 ? "项" : item == 1 ? "目" : "");
                item++;
            }
        }
        return out.toString();
    }
}
