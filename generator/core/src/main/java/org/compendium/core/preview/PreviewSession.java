package org.compendium.core.preview;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import org.compendium.core.BuildClock;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.DiagnosticFormatter;
import org.compendium.core.kernel.Diagnostics;

/**
 * A running preview: the site built once, served, and rebuilt when files under the content or templates
 * folder change, open tabs reloading after each build. Errors are printed and shown in the browser while
 * the last good site stays served. {@link #close()} stops watching and serving.
 */
public final class PreviewSession implements AutoCloseable {
    private final PreviewBuilder builder;
    private final PreviewStatus status = new PreviewStatus();
    private final DiagnosticFormatter formatter;
    private final Consumer<String> console;
    private final Path content;
    private final Path templates;
    private final CountDownLatch closed = new CountDownLatch(1);
    private PreviewServer server;
    private ContentWatcher watcher;

    /**
     * Where and how to serve.
     *
     * @param host     the address to listen on; {@code 127.0.0.1} (loopback) unless the user asks otherwise
     * @param port     0 picks a free port
     * @param debounce quiet time that ends a batch of file events
     */
    public record Options(String host, int port, Duration debounce) {
        public static final int DEFAULT_PORT = 8000;

        public static Options defaults() {
            return new Options("127.0.0.1", DEFAULT_PORT, Duration.ofMillis(10));
        }
    }

    private PreviewSession(BuildRequest request, Instant buildTime, Path base, Consumer<String> console) {
        this.builder = new PreviewBuilder(request, buildTime);
        this.formatter = new DiagnosticFormatter(request.contentDir(), base);
        this.console = console;
        this.content = request.contentDir().toAbsolutePath().normalize();
        this.templates = request.templatesDir().toAbsolutePath().normalize();
    }

    /**
     * Builds the site into {@code request.outputDir()}, then serves and watches it.
     *
     * @param base    folder that paths in messages are shown relative to
     * @param console receives one line per message
     */
    public static PreviewSession start(BuildRequest request, Options options, Path base, Consumer<String> console)
            throws IOException {
        Diagnostics clock = new Diagnostics();
        Instant time = new BuildClock(System.getenv()).timestamp(request, clock);
        PreviewSession session = new PreviewSession(request, time, base, console);
        session.report(session.builder.build());
        session.server = new PreviewServer(new InetSocketAddress(options.host(), options.port()), request.outputDir(),
                session.status);
        session.watcher = new ContentWatcher(List.of(session.content, session.templates), options.debounce(),
                session::changed);
        session.server.start();
        session.watcher.start();
        console.accept("compendium: serving " + session.uri() + " (watching " + session.content + " and "
                + session.templates + "; Ctrl-C stops)");
        return session;
    }

    public URI uri() {
        return server.uri();
    }

    public PreviewStatus status() {
        return status;
    }

    /** Open tabs listening for reloads. */
    public int listeners() {
        return server.listeners();
    }

    /** Rebuilds after the watcher saw {@code paths} change (also callable directly, e.g. by tests). */
    public synchronized RebuildResult changed(Set<Path> paths) {
        Set<String> relative = new TreeSet<>();
        boolean everything = false;
        for (Path p : paths) {
            Path path = p.toAbsolutePath().normalize();
            if (path.startsWith(templates) || (Files.isDirectory(path) && path.startsWith(content))) {
                everything = true;
            } else if (path.startsWith(content) && !path.equals(content)) {
                relative.add(content.relativize(path).toString().replace('\\', '/'));
            }
        }
        RebuildResult result = builder.update(relative, everything);
        report(result);
        server.reload();
        return result;
    }

    private void report(RebuildResult result) {
        PreviewStatus.State state = status.update(result, formatter::format);
        state.diagnostics().forEach(console);
        if (!result.success()) {
            console.accept("compendium: " + result.summary() + "; still serving the last good site");
        } else if (result.full()) {
            console.accept(String.format(Locale.ROOT, "compendium: built the site in %d ms (%s)",
                    result.totalNanos() / 1_000_000, result.summary()));
        } else {
            console.accept(String.format(Locale.ROOT, "compendium: %d page(s) rebuilt, on disk in %.1f ms, all done in "
                    + "%.1f ms (%s)", result.written().size(), result.pagesNanos() / 1e6, result.totalNanos() / 1e6,
                    result.summary()));
        }
    }

    /** Blocks until {@link #close()}. */
    public void awaitClose() throws InterruptedException {
        closed.await();
    }

    @Override
    public synchronized void close() {
        try {
            if (watcher != null) {
                watcher.close();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (server != null) {
                server.close();
            }
            closed.countDown();
        }
    }
}
