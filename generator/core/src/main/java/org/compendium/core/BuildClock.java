package org.compendium.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

    static Optional<Instant> lastCommit(Path dir) {
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

    static Instant newestFile(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(BuildClock::modified).max(Instant::compareTo)
                    .orElse(Instant.EPOCH).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
        } catch (IOException | java.io.UncheckedIOException e) {
            return Instant.EPOCH;
        }
    }

    private static Instant modified(Path file) {
        try {
            return Files.getLastModifiedTime(file).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }
}
