package org.compendium.maven;

import java.io.File;
import java.util.Arrays;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.compendium.core.BuildRequest;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.DiagnosticFormatter;
import org.compendium.core.OutputFormat;
import org.compendium.core.Report;

/** Parameters shared by the goals, mapped one to one onto {@link BuildRequest}. */
abstract class AbstractCompendiumMojo extends AbstractMojo {
    @Parameter(property = "compendium.content", defaultValue = "${project.basedir}/content")
    File content;
    @Parameter(property = "compendium.output", defaultValue = "${project.basedir}/site-output")
    File output;
    @Parameter(property = "compendium.templates", defaultValue = "${project.basedir}/templates")
    File templates;
    /** Comma-separated: html, pdf, epub. */
    @Parameter(property = "compendium.formats", defaultValue = "html,pdf,epub")
    String formats;
    /** Comma-separated years; empty means every year with a summary. */
    @Parameter(property = "compendium.editions", defaultValue = "")
    String editions;
    /** A folder searched first for CJK fonts (PDF). */
    @Parameter(property = "compendium.fontDir")
    File fontDir;
    /** Reports added to the log as info lines, comma-separated: {@code citations}. */
    @Parameter(property = "compendium.report")
    String report;
    @Parameter(property = "compendium.skip", defaultValue = "false")
    boolean skip;
    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    BuildRequest request(boolean checkOnly) throws MojoExecutionException {
        try {
            List<Integer> years = editions == null || editions.isBlank() ? List.of()
                    : Arrays.stream(editions.split(",")).map(String::strip).map(Integer::valueOf).toList();
            return BuildRequest.builder(content.toPath()).outputDir(output.toPath()).templatesDir(templates.toPath())
                    .formats(OutputFormat.parseList(formats)).editions(years).checkOnly(checkOnly)
                    .fontDir(fontDir == null ? null : fontDir.toPath()).reports(Report.parseList(report)).build();
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("bad compendium parameter: " + e.getMessage(), e);
        }
    }

    void run(BuildRequest request) throws MojoFailureException {
        BuildResult result = new CompendiumBuilder().build(request);
        DiagnosticFormatter formatter = new DiagnosticFormatter(request.contentDir(), basedir.toPath());
        result.diagnostics().forEach(d -> {
            if (d.isError()) {
                getLog().error(formatter.format(d));
            } else if (d.isInfo()) {
                getLog().info(formatter.format(d));
            } else {
                getLog().warn(formatter.format(d));
            }
        });
        result.timings().forEach(t -> getLog().debug(t.stage() + ": " + t.millis() + " ms"));
        if (!result.success()) {
            throw new MojoFailureException("compendium: " + result.summary() + " in " + content
                    + (request.checkOnly() ? "" : "; " + output + " was left unchanged"));
        }
        getLog().info("compendium: " + result.summary() + (result.published() ? "; wrote " + output : ""));
    }
}
