package org.compendium.core.history;

import java.util.List;

/**
 * One row of a 修订对照表: a clause before and after, aligned.
 *
 * @param kind        what happened to the clause
 * @param beforeLabel where the clause was (empty when inserted)
 * @param afterLabel  where it is now (empty when deleted)
 * @param before      the old text in runs, deleted characters marked (empty when inserted)
 * @param after       the new text in runs, inserted characters marked (empty when deleted)
 */
public record ComparisonRow(Kind kind, String beforeLabel, String afterLabel, List<Span> before, List<Span> after) {

    public ComparisonRow {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }

    /** What a row shows. */
    public enum Kind {
        UNCHANGED("未修改"), MODIFIED("修改"), INSERTED("新增"), DELETED("删除");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }

        /** Lower-case name for CSS classes and JSON: {@code modified}. */
        public String slug() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** True when the clause moved to another number (renumbered), whether or not its text changed. */
    public boolean renumbered() {
        return !beforeLabel.isEmpty() && !afterLabel.isEmpty() && !beforeLabel.equals(afterLabel);
    }

    public String beforeText() {
        return text(before);
    }

    public String afterText() {
        return text(after);
    }

    private static String text(List<Span> spans) {
        StringBuilder out = new StringBuilder();
        spans.forEach(s -> out.append(s.text()));
        return out.toString();
    }
}
