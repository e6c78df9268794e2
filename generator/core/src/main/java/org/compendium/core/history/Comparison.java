package org.compendium.core.history;

import java.util.List;

/**
 * A 修订对照表: two versions of a text, clause by clause, with the counts of its summary
 * (新增N条、删除N条、修改N条).
 */
public record Comparison(List<ComparisonRow> rows, int inserted, int deleted, int modified, int unchanged) {

    public Comparison {
        rows = List.copyOf(rows);
    }

    static Comparison of(List<ComparisonRow> rows) {
        int[] n = new int[ComparisonRow.Kind.values().length];
        rows.forEach(r -> n[r.kind().ordinal()]++);
        return new Comparison(rows, n[ComparisonRow.Kind.INSERTED.ordinal()], n[ComparisonRow.Kind.DELETED.ordinal()],
                n[ComparisonRow.Kind.MODIFIED.ordinal()], n[ComparisonRow.Kind.UNCHANGED.ordinal()]);
    }

    /** The rows that changed something (the unchanged ones are left out of the printed table). */
    public List<ComparisonRow> changes() {
        return rows.stream().filter(r -> r.kind() != ComparisonRow.Kind.UNCHANGED).toList();
    }

    /** True when the two versions have the same clauses with the same text. */
    public boolean identical() {
        return inserted + deleted + modified == 0;
    }

    /** The summary as written under a 对照表: 新增1条、删除0条、修改5条. */
    public String summary() {
        return "新增" + inserted + "条、删除" + deleted + "条、修改" + modified + "条";
    }
}
