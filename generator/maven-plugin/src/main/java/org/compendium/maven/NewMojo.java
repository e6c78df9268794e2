package org.compendium.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.DiagnosticFormatter;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.scaffold.NewDocument;
import org.compendium.core.scaffold.NewKind;
import org.compendium.core.scaffold.Scaffolder;

/**
 * Starts a new content file from a template ({@code compendium:new}):
 * {@code -Dcompendium.kind=policy -Dcompendium.id=sl-kj-2025-03 -Dcompendium.title=…} writes
 * {@code content/policies/YYYY/ID.md} from {@code templates/new/policy.md.ftl}; {@code note} writes
 * {@code content/interpretations/ID.md} (with {@code -Dcompendium.interprets=POLICY-ID}), {@code summary}
 * {@code content/summaries/YEAR.md}. An id already used, an invalid id or title, or an existing file is an
 * error and nothing is written.
 */
@Mojo(name = "new", aggregator = true, requiresProject = false, threadSafe = true)
public class NewMojo extends AbstractMojo {
    /** The kind of document to start: policy, note (政策解读) or summary (年度综述). */
    @Parameter(property = "compendium.kind", required = true)
    String kind;
    /** The new document's id: lower-case letters, digits and '-' ({@code [a-z0-9][a-z0-9-]*}); for a summary its year. */
    @Parameter(property = "compendium.id", required = true)
    String id;
    /** The new document's title. */
    @Parameter(property = "compendium.title", required = true)
    String title;
    /** For a note: the id of the policy it interprets. */
    @Parameter(property = "compendium.interprets")
    String interprets;
    /** The date written as {@code issued} (policy, note), YYYY-MM-DD; unset means today. */
    @Parameter(property = "compendium.date")
    String date;
    /** The content folder the file is written into (its policies/, interpretations/ or summaries/). */
    @Parameter(property = "compendium.content", defaultValue = "${basedir}/content")
    File content;
    /** The templates folder, holding new/policy.md.ftl, new/note.md.ftl and new/summary.md.ftl. */
    @Parameter(property = "compendium.templates", defaultValue = "${basedir}/templates")
    File templates;
    @Parameter(defaultValue = "${basedir}", readonly = true)
    File basedir;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        NewDocument request;
        try {
            LocalDate day = date == null || date.isBlank() ? LocalDate.now(BureauTime.ZONE) : LocalDate.parse(date.strip());
            request = new NewDocument(NewKind.parse(kind), id, title, day, Optional.ofNullable(interprets),
                    content.toPath(), templates.toPath());
        } catch (DateTimeParseException e) {
            throw new MojoExecutionException("invalid date in compendium.date [" + date + "]; expected YYYY-MM-DD", e);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("bad compendium.kind: " + e.getMessage(), e);
        }
        Scaffolder.Result result = new Scaffolder().create(request);
        Path base = basedir.toPath();
        DiagnosticFormatter formatter = new DiagnosticFormatter(request.contentDir(), base);
        for (Diagnostic d : result.diagnostics()) {
            if (d.isError()) {
                getLog().error(formatter.format(d));
            } else {
                getLog().warn(formatter.format(d));
            }
        }
        if (result.written().isEmpty()) {
            throw new MojoFailureException("compendium: " + Diagnostics.summary(result.diagnostics())
                    + "; nothing was written");
        }
        Path written = result.written().get().toAbsolutePath().normalize();
        String shown = written.startsWith(base.toAbsolutePath().normalize())
                ? base.toAbsolutePath().normalize().relativize(written).toString() : written.toString();
        if (getLog().isInfoEnabled()) {
            getLog().info("compendium: wrote " + shown);
        } else {
            System.out.println("compendium: wrote " + shown);
        }
    }
}
