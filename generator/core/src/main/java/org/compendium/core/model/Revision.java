package org.compendium.core.model;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A commit that changed a content file.
 *
 * @param commit  the commit id (40 hex digits)
 * @param time    the commit time (committer's)
 * @param date    that time's day in the bureau's time zone
 * @param subject the first line of the commit message
 * @param text    the file's text as that commit left it (empty when the file has only one revision: nothing to compare)
 */
public record Revision(String commit, Instant time, LocalDate date, String subject, String text) {

    /** The abbreviated commit id, as git prints it: {@code 4e74993}. */
    public String shortCommit() {
        return commit.substring(0, Math.min(7, commit.length()));
    }
}
