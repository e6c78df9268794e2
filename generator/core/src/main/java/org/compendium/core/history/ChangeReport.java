package org.compendium.core.history;

import java.util.List;
import org.compendium.core.internal.ChineseDates;
import org.compendium.core.model.Revision;

/**
 * 本版变化: what edition {@code year} changes against the previous edition (the latest earlier year with one).
 *
 * @param previousYear  the previous edition's year, or 0 for the first edition
 * @param total         policies in this edition
 * @param previousTotal policies in the previous edition (0 for the first)
 * @param added         新增: in force now and not then, and not the revision of one that was (issue date order)
 * @param revised       修订: a policy of the previous edition replaced by another through superseded_by
 * @param repealed      废止 since the previous edition
 * @param expired       失效 (有效期届满) since the previous edition
 * @param corrected     内容更正: in both editions, text changed between the two cut-off dates (git history)
 * @param unchanged     policies in both editions without a recorded change
 * @param historyNote   why 内容更正 could not be determined (no git history), or empty
 */
public record ChangeReport(int year, String date, int previousYear, String previousDate, int total, int previousTotal,
                           List<PolicyRef> added, List<Replacement> revised, List<Ended> repealed, List<Ended> expired,
                           List<Correction> corrected, int unchanged, String historyNote) {

    public ChangeReport {
        added = List.copyOf(added);
        revised = List.copyOf(revised);
        repealed = List.copyOf(repealed);
        expired = List.copyOf(expired);
        corrected = List.copyOf(corrected);
    }

    public boolean first() {
        return previousYear == 0;
    }

    /** True when nothing changed since the previous edition. */
    public boolean empty() {
        return added.isEmpty() && revised.isEmpty() && repealed.isEmpty() && expired.isEmpty() && corrected.isEmpty();
    }

    /**
     * A policy replaced by its revision.
     *
     * @param effective  the day the new version took effect (2024年3月1日)
     * @param comparison the 修订对照表
     */
    public record Replacement(PolicyRef before, PolicyRef after, String effective, Comparison comparison) {
    }

    /**
     * A policy no longer in force.
     *
     * @param date   the day it was repealed, or the last day it was in force
     * @param reason 决定废止, 有效期届满
     */
    public record Ended(PolicyRef policy, String date, String dateIso, String reason) {
    }

    /** A policy whose text was corrected: the commits between the cut-off dates and the old and new text. */
    public record Correction(PolicyRef policy, List<Commit> commits, Comparison comparison) {
        public Correction {
            commits = List.copyOf(commits);
        }
    }

    /** A commit as shown: 2024年5月6日, its subject and abbreviated id. */
    public record Commit(String commit, String shortCommit, String date, String dateIso, String subject) {
        static Commit of(Revision r) {
            return new Commit(r.commit(), r.shortCommit(), org.compendium.core.internal.ChineseDates.format(r.date()),
                    r.date().toString(), r.subject());
        }
    }
}
