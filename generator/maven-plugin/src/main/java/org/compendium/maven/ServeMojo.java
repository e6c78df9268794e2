package org.compendium.maven;

import java.io.File;
import java.io.IOException;
import java.util.EnumSet;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.compendium.core.BuildRequest;
import org.compendium.core.OutputFormat;
import org.compendium.core.preview.PreviewSession;

/**
 * Live preview ({@code mvn compendium:serve}): builds the HTML site into a preview folder, serves it on
 * {@code http://127.0.0.1:8000/}, rebuilds what each edit under content/ or templates/ affects and reloads
 * open tabs; content errors are shown in the console and the browser. Ctrl-C stops. PDF and EPUB are not
 * built in preview.
 */
@Mojo(name = "serve", aggregator = true, requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractCompendiumMojo {
    /** Port to listen on; 0 picks a free one. */
    @Parameter(property = "compendium.port", defaultValue = "8000")
    int port;
    /** Address to listen on; loopback unless set otherwise (e.g. 0.0.0.0 to show the preview on the network). */
    @Parameter(property = "compendium.host", defaultValue = "127.0.0.1")
    String host;
    /** Where the preview site is written (not site-output, which keeps the last full build). */
    @Parameter(property = "compendium.previewOutput", defaultValue = "${project.build.directory}/compendium-preview")
    File previewOutput;

    @Override
    public void execute() throws MojoExecutionException {
        if (skip) {
            tell("compendium: skipped (compendium.skip)");
            return;
        }
        BuildRequest base = request(false);
        BuildRequest request = BuildRequest.builder(base.contentDir()).templatesDir(base.templatesDir())
                .outputDir(previewOutput.toPath()).formats(EnumSet.of(OutputFormat.HTML)).editions(base.editions())
                .force(base.force())
                .build();
        PreviewSession session;
        try {
            session = PreviewSession.start(request, new PreviewSession.Options(host, port,
                    PreviewSession.Options.defaults().debounce()), basedir.toPath(), this::log);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot start the preview on " + host + ":" + port + ": " + e.getMessage(), e);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(session::close, "compendium-preview-stop"));
        try {
            session.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.close();
        }
    }

    private void log(String line) {
        if (line.contains(": error: ")) {
            getLog().error(line);
        } else if (line.contains(": warning: ")) {
            getLog().warn(line);
        } else {
            getLog().info(line);
        }
    }
}
