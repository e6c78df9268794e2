package org.compendium.core.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The git history of the content folder: per content file (path relative to the content root), the commits
 * that changed it, oldest first, with the text each left. Empty when the folder is not in a git work tree or
 * the clone is shallow ({@link #note} says which).
 *
 * @param files by path; only files that exist now
 * @param note  why there is no history, or empty
 */
public record ContentHistory(Map<String, List<Revision>> files, String note) {
    public static final ContentHistory NONE = new ContentHistory(Map.of(), "");

    public ContentHistory {
        files = Map.copyOf(files);
    }

    public static ContentHistory unavailable(String note) {
        return new ContentHistory(Map.of(), note);
    }

    public boolean available() {
        return note.isEmpty() && !files.isEmpty();
    }

    /** The commits that changed {@code path}, oldest first. */
    public List<Revision> of(String path) {
        return files.getOrDefault(path, List.of());
    }

    /** The last commit that changed {@code path} on or before {@code date}. */
    public Optional<Revision> asOf(String path, LocalDate date) {
        Revision found = null;
        for (Revision r : of(path)) {
            if (!r.date().isAfter(date)) {
                found = r;
            }
        }
        return Optional.ofNullable(found);
    }
}
