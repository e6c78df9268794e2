package org.compendium.core.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.SourcePosition;
import org.compendium.core.load.ApplyReader;
import org.compendium.core.load.FrontMatter;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.load.Suggestions;
import org.compendium.core.load.YamlValue;
import org.compendium.core.model.ApplyInfo;
import org.compendium.core.model.Guidance;
import org.compendium.core.model.Office;
import org.compendium.core.model.PolicyMeta;

/**
 * Checks that the 适用对象, 支持方式 and 受理处室 of each {@code apply:} block name values that compendium.yaml
 * declares, suggesting the value meant ("高企" → 高新技术企业; an office's name → its key).
 */
final class ApplyChecker {
    private final Guidance guidance;
    private final Diagnostics diagnostics;

    ApplyChecker(Guidance guidance, Diagnostics diagnostics) {
        this.guidance = guidance;
        this.diagnostics = diagnostics;
    }

    void check(SourceDocument doc) {
        if (!(doc.meta() instanceof PolicyMeta meta) || meta.apply().isEmpty()) {
            return;
        }
        ApplyInfo apply = meta.apply().get();
        List<SourcePosition> positions = positions(doc, ApplyReader.AUDIENCES);
        for (int i = 0; i < apply.audiences().size(); i++) {
            vocabulary(apply.audiences().get(i), at(positions, i, doc), ApplyReader.AUDIENCES, "audiences",
                    guidance.audiences());
        }
        positions = positions(doc, ApplyReader.SUPPORT);
        for (int i = 0; i < apply.supportTypes().size(); i++) {
            vocabulary(apply.supportTypes().get(i), at(positions, i, doc), ApplyReader.SUPPORT, "support_types",
                    guidance.supportTypes());
        }
        apply.office().ifPresent(key -> office(key, at(positions(doc, ApplyReader.OFFICE), 0, doc)));
    }

    private void vocabulary(String value, SourcePosition at, String field, String configKey, List<String> known) {
        if (known.contains(value)) {
            return;
        }
        diagnostics.error(at, "unknown " + field + " [" + value + "]" + hint(value, known) + "; expected one of "
                + String.join("、", known) + " (" + configKey + " in compendium.yaml)");
    }

    private void office(String key, SourcePosition at) {
        if (guidance.office(key).isPresent()) {
            return;
        }
        List<String> keys = guidance.offices().stream().map(Office::key).toList();
        Optional<Office> byName = guidance.offices().stream()
                .filter(o -> o.name().equals(key) || o.name().endsWith(key)).findFirst();
        String hint = byName.map(o -> "; did you mean [" + o.key() + "] (" + o.name() + ")?")
                .orElse(Suggestions.hint(key, keys));
        String expected = keys.isEmpty() ? "an office declared under offices: in compendium.yaml (none is)"
                : "a key of offices in compendium.yaml: " + String.join(", ", keys);
        diagnostics.error(at, "unknown office [" + key + "] in " + ApplyReader.OFFICE + hint + "; expected " + expected);
    }

    /**
     * "; did you mean [X]?" by edit distance, else the one value that holds the characters written in order
     * (高企 → 高新技术企业, 小巨人 → 科技小巨人领军企业).
     */
    static String hint(String value, List<String> known) {
        String byDistance = Suggestions.hint(value, known);
        if (!byDistance.isEmpty()) {
            return byDistance;
        }
        List<String> holding = known.stream().filter(k -> subsequence(value, k)).toList();
        return holding.size() == 1 ? "; did you mean [" + holding.get(0) + "]?" : "";
    }

    private static boolean subsequence(String part, String whole) {
        int j = 0;
        for (int i = 0; i < whole.length() && j < part.length(); i++) {
            if (whole.charAt(i) == part.charAt(j)) {
                j++;
            }
        }
        return j == part.length() && part.length() >= 2;
    }

    /** Where each value of an apply field was written. */
    private static List<SourcePosition> positions(SourceDocument doc, String field) {
        List<SourcePosition> out = new ArrayList<>();
        doc.frontMatter().entry(ApplyReader.KEY)
                .filter(e -> e.value() instanceof YamlValue.Mapping)
                .flatMap(e -> new FrontMatter(((YamlValue.Mapping) e.value()).entries(), e.keyAt(), 0).entry(field))
                .ifPresent(e -> {
                    switch (e.value()) {
                        case YamlValue.Sequence seq -> seq.items().stream()
                                .filter(i -> i instanceof YamlValue.Scalar s && !s.isBlank())
                                .forEach(i -> out.add(i.at()));
                        default -> out.add(e.value().at());
                    }
                });
        return out;
    }

    private static SourcePosition at(List<SourcePosition> positions, int i, SourceDocument doc) {
        return i < positions.size() ? positions.get(i) : doc.valueAt(ApplyReader.KEY);
    }
}
