package org.compendium.core.kernel;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Everything a build needs to know, as given by the Maven plugin or the CLI.
 *
 * @param contentDir   the content folder
 * @param outputDir    where the site is published (replaced atomically)
 * @param templatesDir FreeMarker templates, CSS and JS
 * @param formats      outputs to write
 * @param editions     annual editions to build; empty means every year with a summary
 * @param checkOnly    validate only, write nothing
 * @param asOf         status date for the site; empty means {@code as_of} of compendium.yaml, else the build date
 * @param timestamp    fixed build time; empty means SOURCE_DATE_EPOCH, else the last commit's date
 * @param fontDir      an extra folder to search for CJK fonts (PDF), or empty
 * @param reports      reports to add to the diagnostics ({@link Severity#INFO} lines), e.g. unlinked citations
 * @param force        replace the output folder even when it holds files that no build wrote
 */
public record BuildRequest(Path contentDir, Path outputDir, Path templatesDir, Set<OutputFormat> formats,
                           List<Integer> editions, boolean checkOnly, Optional<LocalDate> asOf,
                           Optional<Instant> timestamp, Optional<Path> fontDir, Set<Report> reports,
                           boolean force) {

    public BuildRequest {
        Objects.requireNonNull(contentDir, "contentDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(templatesDir, "templatesDir");
        formats = formats.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(formats));
        editions = List.copyOf(editions);
        reports = reports.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reports));
    }

    public static Builder builder(Path contentDir) {
        return new Builder(contentDir);
    }

    public boolean wants(OutputFormat format) {
        return formats.contains(format);
    }

    /** Builds a request with the conventional defaults: output beside the content, all formats. */
    public static final class Builder {
        private final Path contentDir;
        private Path outputDir;
        private Path templatesDir;
        private Set<OutputFormat> formats = EnumSet.allOf(OutputFormat.class);
        private List<Integer> editions = List.of();
        private boolean checkOnly;
        private LocalDate asOf;
        private Instant timestamp;
        private Path fontDir;
        private Set<Report> reports = Set.of();
        private boolean force;

        private Builder(Path contentDir) {
            this.contentDir = contentDir;
        }

        public Builder outputDir(Path dir) {
            this.outputDir = dir;
            return this;
        }

        public Builder templatesDir(Path dir) {
            this.templatesDir = dir;
            return this;
        }

        public Builder formats(Set<OutputFormat> value) {
            this.formats = value;
            return this;
        }

        public Builder editions(List<Integer> years) {
            this.editions = years;
            return this;
        }

        public Builder checkOnly(boolean value) {
            this.checkOnly = value;
            return this;
        }

        public Builder asOf(LocalDate date) {
            this.asOf = date;
            return this;
        }

        public Builder timestamp(Instant time) {
            this.timestamp = time;
            return this;
        }

        public Builder fontDir(Path dir) {
            this.fontDir = dir;
            return this;
        }

        public Builder reports(Set<Report> value) {
            this.reports = value;
            return this;
        }

        public Builder force(boolean value) {
            this.force = value;
            return this;
        }

        public BuildRequest build() {
            Path parent = contentDir.toAbsolutePath().getParent();
            return new BuildRequest(contentDir,
                    outputDir != null ? outputDir : parent.resolve("site-output"),
                    templatesDir != null ? templatesDir : parent.resolve("templates"),
                    formats, editions, checkOnly, Optional.ofNullable(asOf), Optional.ofNullable(timestamp),
                    Optional.ofNullable(fontDir), reports, force);
        }
    }
}
