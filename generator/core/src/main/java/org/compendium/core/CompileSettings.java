package org.compendium.core;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Supplier;
import org.compendium.core.model.ContentHistory;

/**
 * What stays the same for every compile of a build or of a preview session.
 *
 * @param contentDir the content folder
 * @param asOf       status date override (else compendium.yaml's {@code as_of}, else the build date)
 * @param buildTime  the fixed build timestamp, asked for once the content has no errors (it may still be being
 *                   found, by a git process, while the content loads)
 * @param history    the content folder's git history, asked for when a compendium is assembled
 */
public record CompileSettings(Path contentDir, Optional<LocalDate> asOf, Supplier<Instant> buildTime,
                              Supplier<ContentHistory> history) {

    /** Without git history ({@link ContentHistory#NONE}). */
    public static CompileSettings of(Path contentDir, Optional<LocalDate> asOf, Supplier<Instant> buildTime) {
        return new CompileSettings(contentDir, asOf, buildTime, () -> ContentHistory.NONE);
    }
}
