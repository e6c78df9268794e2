package org.compendium.maven;

import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.preview.PreviewSession;

/**
 * Live preview ({@code mvn compendium:serve}): builds the HTML site into a preview folder, serves it on
 * {@code http://127.0.0.1:8000/}, rebuilds what each edit under content/ or templates/ affects and reloads
 * open tabs; content errors are shown in the console and the browser. Ctrl-C stops. PDF and EPUB are not
 * built in preview.
 */
@Mojo(name = "serve", aggregator = true, requiresProject = false, threadSafe = true)
public class ServeMojo extends AbstractCompendiumMojo {
    private static final Pattern TITLE = Pattern.compile("<title>([^<]*)</title>");
    /** Port to listen on; 0 picks a free one. */
    @Parameter(property = "compendium.port", defaultValue = "8000")
    int port;
    /** Address to listen on; loopback unless set otherwise (e.g. 0.0.0.0 to show the preview on the network). */
    @Parameter(property = "compendium.host", defaultValue = "127.0.0.1")
    String host;
    /** Where the preview site is written (not site-output, which keeps the last full build). */
    @Parameter(property = "compendium.previewOutput", defaultValue = "${project.build.directory}/compendium-preview")
    File previewOutput;
    /**
     * Start the preview, fetch its home page once over HTTP, report the answer and stop, instead of serving
     * until Ctrl-C: a check that the preview works (for CI and the plugin's tests). A status other than
     * 200 fails the goal.
     */
    @Parameter(property = "compendium.serveOnce", defaultValue = "false")
    boolean serveOnce;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
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
        if (serveOnce) {
            try (session) {
                fetchOnce(session.uri());
            }
            return;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(session::close, "compendium-preview-stop"));
        try {
            session.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.close();
        }
    }

    private void fetchOnce(URI uri) throws MojoExecutionException, MojoFailureException {
        HttpResponse<String> response;
        try (HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build()) {
            response = client.send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot fetch " + uri + " from the preview: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("interrupted while fetching " + uri, e);
        }
        Matcher title = TITLE.matcher(response.body());
        String line = "compendium: GET " + uri + " -> " + response.statusCode() + ", "
                + response.body().getBytes(StandardCharsets.UTF_8).length + " bytes"
                + (title.find() ? ", title " + title.group(1).strip() : "") + "; preview stopped (compendium.serveOnce)";
        if (response.statusCode() != 200) {
            throw new MojoFailureException(line + "; expected 200");
        }
        tell(line);
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
