package org.compendium.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.compendium.core.BuildResult;
import org.compendium.core.UpToDateBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.DiagnosticFormatter;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.kernel.Report;

/** Parameters shared by the goals, mapped one to one onto {@link BuildRequest}. */
abstract class AbstractCompendiumMojo extends AbstractMojo {
    /** The content folder: policies/, interpretations/, summaries/, assets/ and compendium.yaml. */
    @Parameter(property = "compendium.content", defaultValue = "${project.basedir}/content")
    File content;
    /** The output folder: the site, and downloads/ with the PDF and EPUB editions. It is replaced atomically. */
    @Parameter(property = "compendium.output", defaultValue = "${project.basedir}/site-output")
    File output;
    /** The templates folder: FreeMarker templates and static files of the site, the PDF and the EPUB. */
    @Parameter(property = "compendium.templates", defaultValue = "${project.basedir}/templates")
    File templates;
    /** The formats to build: html, pdf, epub (a list; on the command line comma-separated). */
    @Parameter(property = "compendium.formats", defaultValue = "html,pdf,epub")
    List<String> formats;
    /** The years of the annual PDF/EPUB editions to build (a list); none means every year with a summary. */
    @Parameter(property = "compendium.editions")
    List<String> editions;
    /**
     * The date the site's status badges (现行有效, 已废止 …) are computed for, YYYY-MM-DD; unset means
     * {@code as_of} of compendium.yaml, else the build date.
     */
    @Parameter(property = "compendium.asOf")
    String asOf;
    /** A folder searched first for CJK fonts (PDF), before the system's fonts. */
    @Parameter(property = "compendium.fontDir")
    File fontDir;
    /** Reports added to the log as info lines, comma-separated: {@code citations}. */
    @Parameter(property = "compendium.report")
    String report;
    /** Replace the output folder even when it holds files that no build wrote (they are deleted). */
    @Parameter(property = "compendium.force", defaultValue = "false")
    boolean force;
    /** Skip this goal. */
    @Parameter(property = "compendium.skip", defaultValue = "false")
    boolean skip;
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    BuildRequest request(boolean checkOnly) throws MojoExecutionException {
        try {
            List<Integer> years = editions == null ? List.of()
                    : editions.stream().map(String::strip).filter(s -> !s.isEmpty()).map(Integer::valueOf).toList();
            BuildRequest.Builder builder = BuildRequest.builder(content.toPath()).outputDir(output.toPath())
                    .templatesDir(templates.toPath()).formats(OutputFormat.parseList(String.join(",", formats)))
                    .editions(years).checkOnly(checkOnly).fontDir(fontDir == null ? null : fontDir.toPath())
                    .reports(Report.parseList(report)).force(force);
            if (asOf != null && !asOf.isBlank()) {
                builder.asOf(LocalDate.parse(asOf.strip()));
            }
            return builder.build();
        } catch (NumberFormatException e) {
            throw new MojoExecutionException("invalid year in compendium.editions [" + editions
                    + "]; expected e.g. 2023,2024", e);
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("invalid date in compendium.asOf [" + asOf + "]; expected YYYY-MM-DD", e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("bad compendium parameter: " + e.getMessage(), e);
        }
    }

    /** Builds (or checks), unless {@code rebuild} is false and the output is up to date. */
    void run(BuildRequest request, boolean rebuild) throws MojoFailureException {
        long start = System.nanoTime();
        DiagnosticFormatter formatter = new DiagnosticFormatter(request.contentDir(), basedir.toPath());
        UpToDateBuilder.Outcome outcome = new UpToDateBuilder().build(request, rebuild, formatter::format, this::progress);
        if (outcome.upToDate()) {
            outcome.oldWarnings().forEach(line -> {
                if (line.contains(": info: ")) {
                    tell(line);
                } else {
                    warn(line);
                }
            });
            tell("compendium: " + shown(request.outputDir()) + " is up to date (nothing changed since its build; "
                    + "-Dcompendium.rebuild to build anyway)");
            return;
        }
        BuildResult result = outcome.result().orElseThrow();
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(formatter.format(d));
            } else if (d.isInfo()) {
                tell(formatter.format(d));
            } else {
                warn(formatter.format(d));
            }
        }
        result.timings().forEach(t -> getLog().debug(t.stage() + ": " + t.millis() + " ms"));
        if (!result.success()) {
            throw new MojoFailureException("compendium: " + result.summary() + " in " + shown(request.contentDir())
                    + (request.checkOnly() ? "" : "; " + shown(request.outputDir()) + " was left unchanged"));
        }
        tell(String.format(Locale.ROOT, "compendium: %s%s in %.1f s", result.summary(),
                result.published() ? "; wrote " + shown(request.outputDir()) : "", (System.nanoTime() - start) / 1e9));
    }

    private void progress(String line) {
        tell(line);
    }

    /**
     * An information line the user asked for by running the goal: through Maven's log, or, under
     * {@code mvn -q} (which hides the log's information and warnings, the README's build command), on the
     * standard output, as {@code help:evaluate -DforceStdout} does.
     */
    void tell(String line) {
        if (getLog().isInfoEnabled()) {
            getLog().info(line);
        } else {
            System.out.println(line);
        }
    }

    /** A warning is never lost: under {@code mvn -q} it goes to the standard error. */
    void warn(String line) {
        if (getLog().isWarnEnabled()) {
            getLog().warn(line);
        } else {
            System.err.println("[WARNING] " + line);
        }
    }

    /** A path relative to the project's folder when it is inside it. */
    String shown(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = basedir.toPath().toAbsolutePath().normalize();
        return absolute.startsWith(base) && !absolute.equals(base) ? base.relativize(absolute).toString() : absolute.toString();
    }

    String shown(File file) {
        return shown(file.toPath());
    }
}
