package org.compendium.core.preview;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves the preview site with the JDK's built-in HTTP server: files of the site folder (a folder URL
 * serves its {@code index.html}), HTML pages with the reload script (and the error overlay while the
 * content has errors), the reload event stream and an error page. GET and HEAD only; paths cannot leave
 * the site folder. Each request runs on a virtual thread, so open event streams cost little.
 */
public final class PreviewServer implements AutoCloseable {
    private static final Map<String, String> TYPES = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
            Map.entry("css", "text/css; charset=utf-8"), Map.entry("js", "text/javascript; charset=utf-8"),
            Map.entry("json", "application/json"), Map.entry("xml", "application/xml"),
            Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("jpg", "image/jpeg"), Map.entry("jpeg", "image/jpeg"),
            Map.entry("gif", "image/gif"), Map.entry("webp", "image/webp"), Map.entry("pdf", "application/pdf"),
            Map.entry("epub", "application/epub+zip"), Map.entry("woff2", "font/woff2"), Map.entry("ico", "image/x-icon"));
    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "compendium-preview-ping");
        t.setDaemon(true);
        return t;
    });
    private final ReloadHub hub = new ReloadHub();
    private final Path site;
    private final PreviewStatus status;

    /** @param address where to listen; port 0 picks a free port */
    public PreviewServer(InetSocketAddress address, Path site, PreviewStatus status) throws IOException {
        this.site = site.toAbsolutePath().normalize();
        this.status = status;
        this.server = HttpServer.create(address, 64);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
    }

    public void start() {
        server.start();
        pinger.scheduleAtFixedRate(hub::ping, 15, 15, TimeUnit.SECONDS);
    }

    /** The site's address, e.g. {@code http://127.0.0.1:8000/}. */
    public URI uri() {
        InetSocketAddress a = server.getAddress();
        String host = a.getAddress().isAnyLocalAddress() ? "127.0.0.1" : a.getAddress().getHostAddress();
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort() + "/");
    }

    /** Tells the open tabs to reload. */
    public void reload() {
        hub.reload(status.current().generation());
    }

    /** Open event streams (tabs listening). */
    public int listeners() {
        return hub.size();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case LivePage.EVENTS -> hub.listen(exchange);
                case LivePage.ERRORS -> sendHtml(exchange, 200, LivePage.errorPage(status.current()));
                default -> serveFile(exchange, path);
            }
        }
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Optional<Path> file = resolve(path);
        if (file.isPresent() && Files.isDirectory(file.get()) && !path.endsWith("/")) {
            exchange.getResponseHeaders().set("Location", path + "/");
            send(exchange, 301, "text/plain; charset=utf-8", new byte[0]);
            return;
        }
        Optional<Path> target = file.map(f -> Files.isDirectory(f) ? f.resolve("index.html") : f)
                .filter(Files::isRegularFile);
        if (target.isEmpty()) {
            notFound(exchange);
            return;
        }
        String type = type(target.get());
        byte[] bytes = Files.readAllBytes(target.get());
        if (type.startsWith("text/html")) {
            sendHtml(exchange, 200, new String(bytes, StandardCharsets.UTF_8));
        } else {
            send(exchange, 200, type, bytes);
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        Path page = site.resolve("404.html");
        if (status.current().failed() && !Files.isRegularFile(site.resolve("index.html"))) {
            sendHtml(exchange, 404, LivePage.errorPage(status.current()));
        } else if (Files.isRegularFile(page)) {
            sendHtml(exchange, 404, Files.readString(page, StandardCharsets.UTF_8));
        } else {
            sendHtml(exchange, 404, LivePage.errorPage(status.current()));
        }
    }

    /** The file a URL path names inside the site, if it stays inside. */
    private Optional<Path> resolve(String urlPath) {
        String relative = urlPath.startsWith("/") ? urlPath.substring(1) : urlPath;
        if (relative.indexOf('\0') >= 0 || relative.contains("\\")) {
            return Optional.empty();
        }
        Path file = site.resolve(relative).normalize();
        return file.startsWith(site) && Files.exists(file) ? Optional.of(file) : Optional.empty();
    }

    private void sendHtml(HttpExchange exchange, int code, String html) throws IOException {
        send(exchange, code, "text/html; charset=utf-8",
                LivePage.inject(html, status.current()).getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(code, head || body.length == 0 ? -1 : body.length);
        if (!head && body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private static String type(Path file) {
        String name = file.getFileName().toString();
        String ext = name.substring(name.lastIndexOf('.') + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        hub.close();
        server.stop(0);
        executor.shutdownNow();
    }
}
