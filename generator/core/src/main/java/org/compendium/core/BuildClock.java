package org.compendium.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;

/**
 * The fixed timestamp of a build, so identical input gives identical output: the request's, else
 * {@code SOURCE_DATE_EPOCH}, else the last git commit touching the content, else the newest content file.
 */
public final class BuildClock {
    private final Map<String, String> environment;

    public BuildClock(Map<String, String> environment) {
        this.environment = environment;
    }

    public Instant timestamp(BuildRequest request, Diagnostics diagnostics) {
        if (request.timestamp().isPresent()) {
            return request.timestamp().get();
        }
        String epoch = environment.get("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                diagnostics.error("", 0, 0, "SOURCE_DATE_EPOCH is not a number [" + epoch
                        + "]; expected seconds since 1970-01-01");
            }
        }
        return lastCommit(request.contentDir()).orElseGet(() -> newestFile(request.contentDir()));
    }

    /** The time of the last git commit touching {@code dir}, if it is in a git work tree. */
    public static Optional<Instant> lastCommit(Path dir) {
        try {
            Process git = new ProcessBuilder("git", "log", "-1", "--format=%ct", "--", ".")
                    .directory(dir.toFile()).redirectErrorStream(false)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
            if (!git.waitFor(10, TimeUnit.SECONDS) || git.exitValue() != 0 || out.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(Instant.ofEpochSecond(Long.parseLong(out)));
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** The newest modification time of a file under {@code dir}, in one walk (one stat per file). */
    static Instant newestFile(Path dir) {
        Instant[] newest = {Instant.EPOCH};
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                    Instant modified = attributes.lastModifiedTime().toInstant();
                    if (attributes.isRegularFile() && modified.isAfter(newest[0])) {
                        newest[0] = modified;
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            return Instant.EPOCH;
        }
        return newest[0].truncatedTo(ChronoUnit.SECONDS);
    }
}
