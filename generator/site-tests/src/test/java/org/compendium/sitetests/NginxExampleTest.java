package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The nginx example of docs/deploy.md ({@code docs/examples/nginx-site.conf}) with a real nginx: the file as
 * shipped, with only its port and its {@code /srv/www} root pointed at a test folder, passes {@code nginx -t},
 * then serves the demo site under {@code /zchb/}: a page with a Chinese path, the 404 page, robots.txt at the
 * root and the cache headers the document promises. Skipped, with the reason, when nginx is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Nginx.class)
class NginxExampleTest {
    private static final Path NGINX = Tools.NGINX;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private Path work;
    private Path site;
    private int port;
    private Process nginx;

    @BeforeAll
    void start() throws Exception {
        Tools.require(List.of(NGINX), "apt-get install nginx");
        work = BuiltSite.workDir().resolve("nginx-example");
        deleteTree(work);
        Path www = work.resolve("www");
        site = www.resolve("zchb");
        copyTree(BuiltSite.demo().site(), site);
        Files.createDirectories(work.resolve("logs"));
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        String example = Files.readString(BuiltSite.projectRoot().resolve("docs/examples/nginx-site.conf"));
        String server = example.replace("listen 80;", "listen 127.0.0.1:" + port + ";").replace("/srv/www", www.toString());
        assertTrue(!server.contains("listen 80;") && !server.contains("/srv/www"),
                "the example's port and root are those this test points elsewhere");
        Files.writeString(work.resolve("site.conf"), server);
        Files.writeString(work.resolve("nginx.conf"), main());

        Process test = nginx("-t");
        String said = new String(test.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(test.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, test.exitValue(), said);
        assertTrue(said.contains("syntax is ok") && said.contains("test is successful"), said);

        nginx = nginx("-g", "daemon off;");
        waitForPort();
    }

    /** The main configuration a distribution's nginx.conf gives, reduced to what the example needs. */
    private String main() {
        String root = "root".equals(System.getProperty("user.name")) ? "user root;\n" : "";
        return root + "worker_processes 1;\npid " + work.resolve("nginx.pid") + ";\nevents { worker_connections 64; }\n"
                + "http {\n  " + mimeTypes() + "\n"
                + "  default_type application/octet-stream;\n  access_log off;\n"
                + "  client_body_temp_path " + work.resolve("tmp-body") + ";\n"
                + "  proxy_temp_path " + work.resolve("tmp-proxy") + ";\n"
                + "  fastcgi_temp_path " + work.resolve("tmp-fastcgi") + ";\n"
                + "  uwsgi_temp_path " + work.resolve("tmp-uwsgi") + ";\n"
                + "  scgi_temp_path " + work.resolve("tmp-scgi") + ";\n"
                + "  include " + work.resolve("site.conf") + ";\n}\n";
    }

    /**
     * The distribution's {@code mime.types}, as its nginx.conf includes it (it has no EPUB or iCalendar type:
     * the example must add them); where there is none, a stand-in with the same gaps.
     */
    private static String mimeTypes() {
        Path distribution = Path.of("/etc/nginx/mime.types");
        if (Files.isRegularFile(distribution)) {
            return "include " + distribution + ";";
        }
        return "types { text/html html; text/css css; application/javascript js; application/json json;"
                + " text/xml xml; text/plain txt; image/svg+xml svg; application/pdf pdf; }";
    }

    private Process nginx(String... arguments) throws IOException {
        List<String> command = new java.util.ArrayList<>(List.of(NGINX.toString(), "-p", work.toString(),
                "-e", work.resolve("logs/error.log").toString(), "-c", work.resolve("nginx.conf").toString()));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private void waitForPort() throws InterruptedException, IOException {
        for (int i = 0; i < 200; i++) {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                return;
            } catch (IOException e) {
                assertTrue(nginx.isAlive(), () -> "nginx stopped: " + errorLog());
                Thread.sleep(50);
            }
        }
        throw new IOException("nginx did not listen on port " + port + ": " + errorLog());
    }

    private String errorLog() {
        try {
            return Files.readString(work.resolve("logs/error.log"));
        } catch (IOException e) {
            return e.toString();
        }
    }

    @AfterAll
    void stop() throws InterruptedException {
        if (nginx != null) {
            nginx.destroy();
            if (!nginx.waitFor(10, TimeUnit.SECONDS)) {
                nginx.destroyForcibly();
            }
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aPageWithAChinesePathIsServed() throws Exception {
        Path category = site.resolve("categories/科技人才/index.html");
        assertTrue(Files.isRegularFile(category), "the demo has the category page");
        String encoded = "/zchb/categories/" + java.net.URLEncoder.encode("科技人才", StandardCharsets.UTF_8) + "/";
        HttpResponse<String> response = get(encoded);
        assertEquals(200, response.statusCode());
        assertEquals(Files.readString(category), response.body());
        assertEquals("no-cache", response.headers().firstValue("Cache-Control").orElse(""), "pages are revalidated");
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"));
    }

    @Test
    void aMissingPageGetsThe404PageWithStatus404() throws Exception {
        HttpResponse<String> response = get("/zchb/policies/no-such-policy/");
        assertEquals(404, response.statusCode());
        assertEquals(Files.readString(site.resolve("404.html")), response.body());
    }

    @Test
    void theHomePageRobotsTxtAtTheRootAndLongCachedDownloads() throws Exception {
        HttpResponse<String> home = get("/zchb/");
        assertEquals(200, home.statusCode());
        assertEquals(Files.readString(site.resolve("index.html")), home.body());
        HttpResponse<String> robots = get("/robots.txt");
        assertEquals(200, robots.statusCode());
        assertEquals(Files.readString(site.resolve("robots.txt")), robots.body());
        HttpResponse<String> css = get("/zchb/" + firstFile("static", ".css"));
        assertEquals(200, css.statusCode());
        assertEquals("public, max-age=86400", css.headers().firstValue("Cache-Control").orElse(""));
        HttpResponse<String> pdf = get("/zchb/downloads/compendium-2024.pdf");
        assertEquals(200, pdf.statusCode());
        assertEquals("public, max-age=86400", pdf.headers().firstValue("Cache-Control").orElse(""));
    }

    @Test
    void everyKindOfFileTheSiteWritesIsServedWithItsType() throws Exception {
        Map<String, String> types = Map.ofEntries(Map.entry("html", "text/html; charset=utf-8"),
                Map.entry("css", "text/css"), Map.entry("js", "application/javascript; charset=utf-8"),
                Map.entry("json", "application/json"), Map.entry("xml", "text/xml; charset=utf-8"),
                Map.entry("txt", "text/plain; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
                Map.entry("pdf", "application/pdf"), Map.entry("epub", "application/epub+zip"),
                Map.entry("ics", "text/calendar; charset=utf-8"));
        Map<String, String> served = new TreeMap<>();
        for (String file : oneFileOfEachKind()) {
            String kind = file.substring(file.lastIndexOf('.') + 1);
            assertTrue(types.containsKey(kind), "the site writes ." + kind + " files: give them a type in"
                    + " docs/examples (nginx and IIS) and here [" + file + "]");
            HttpResponse<String> response = get("/zchb/" + encode(file));
            assertEquals(200, response.statusCode(), file);
            served.put(kind, response.headers().firstValue("Content-Type").orElse(""));
        }
        Map<String, String> expected = new TreeMap<>(types);
        expected.keySet().retainAll(served.keySet());
        assertEquals(expected, served);
        assertTrue(served.containsKey("epub") && served.containsKey("ics"),
                "the demo writes e-books and a calendar, the types nginx's mime.types lacks: " + served.keySet());
    }

    @Test
    void theBuildsBookkeepingFilesAreNotServed() throws Exception {
        assertTrue(Files.isRegularFile(site.resolve(".compendium-output")));
        assertEquals(404, get("/zchb/.compendium-output").statusCode());
        assertEquals(404, get("/zchb/downloads/.compendium-2024.pdf.inputs").statusCode());
    }

    private List<String> oneFileOfEachKind() throws IOException {
        Map<String, String> first = new TreeMap<>();
        try (var files = Files.walk(site)) {
            files.filter(Files::isRegularFile).map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.startsWith(".") && !f.contains("/.")).sorted()
                    .forEach(f -> first.putIfAbsent(f.substring(f.lastIndexOf('.') + 1), f));
        }
        return List.copyOf(first.values());
    }

    private static String encode(String path) {
        StringBuilder encoded = new StringBuilder();
        for (String segment : path.split("/")) {
            encoded.append(encoded.isEmpty() ? "" : "/")
                    .append(java.net.URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20"));
        }
        return encoded.toString();
    }

    private String firstFile(String folder, String suffix) throws IOException {
        try (var files = Files.walk(site.resolve(folder))) {
            return files.filter(f -> f.toString().endsWith(suffix)).map(f -> site.relativize(f).toString().replace('\\', '/'))
                    .sorted().findFirst().orElseThrow();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (var files = Files.walk(from)) {
            for (Path file : files.sorted().toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(file, target);
                }
            }
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }
}
