package org.compendium.core.preview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.corpus.CorpusGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview server end to end: a real session on an ephemeral port, files changed on disk, the watcher,
 * the incremental rebuild, the reload event a tab receives, and the error overlay over the last good site.
 */
class PreviewServerTest {
    static final String POLICY = "policies/2015/xm-kj-2015-0001.md";
    static final String PAGE = "policies/xm-kj-2015-0001/";
    @TempDir
    Path tmp;
    Path content;
    PreviewSession session;
    final List<String> console = new CopyOnWriteArrayList<>();
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    final BlockingQueue<String> events = new LinkedBlockingQueue<>();

    @BeforeEach
    void start() throws IOException {
        content = tmp.resolve("content");
        CorpusGenerator.generate(content, 20);
        BuildRequest request = BuildRequest.builder(content).outputDir(tmp.resolve("preview"))
                .templatesDir(IncrementalEqualityTest.TEMPLATES).formats(java.util.EnumSet.of(OutputFormat.HTML))
                .timestamp(IncrementalEqualityTest.TIME).build();
        session = PreviewSession.start(request, new PreviewSession.Options("127.0.0.1", 0, Duration.ofMillis(30)),
                tmp, console::add);
    }

    @AfterEach
    void stop() {
        session.close();
    }

    @Test
    void servesPagesWithTheReloadScriptButLeavesTheFilesAlone() throws Exception {
        HttpResponse<String> home = get("");
        assertEquals(200, home.statusCode());
        assertTrue(home.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        assertTrue(home.body().contains("EventSource('/__compendium/events')"), home.body());
        HttpResponse<String> page = get(PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("EventSource"));
        String onDisk = Files.readString(tmp.resolve("preview/" + PAGE + "index.html"));
        assertFalse(onDisk.contains("EventSource"), "the script is added when serving, not written");
        HttpResponse<String> css = get("static/site.css");
        assertEquals(200, css.statusCode());
        assertTrue(css.headers().firstValue("Content-Type").orElseThrow().startsWith("text/css"));
        assertFalse(css.body().contains("EventSource"));
        assertEquals(301, get("policies/xm-kj-2015-0001").statusCode());
        assertTrue(console.stream().anyMatch(l -> l.contains("serving " + session.uri())), console::toString);
    }

    @Test
    void refusesOtherMethodsPathsOutsideTheSiteAndUnknownPages() throws Exception {
        assertEquals(404, get("..%2F..%2F..%2Fetc%2Fpasswd").statusCode());
        assertEquals(404, get("no/such/page.html").statusCode());
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(session.uri()).POST(
                HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(405, post.statusCode());
        assertEquals("127.0.0.1", PreviewSession.Options.defaults().host());
        assertEquals(8000, PreviewSession.Options.defaults().port());
    }

    @Test
    void anEditIsRebuiltAndOpenTabsReload() throws Exception {
        listen();
        edit(POLICY, t -> t.replace("\n## 一、", "\n新增的预览测试文字。\n\n## 一、")
                .replace("**第一条** ", "**第一条** 新增的预览测试文字。"));
        assertNotNull(events.poll(20, TimeUnit.SECONDS), "a reload event");
        assertTrue(get(PAGE).body().contains("新增的预览测试文字"));
        assertTrue(Files.readString(tmp.resolve("preview/" + PAGE + "index.html")).contains("新增的预览测试文字"));
        assertTrue(console.stream().anyMatch(l -> l.contains("page(s) rebuilt")), console::toString);
    }

    @Test
    void contentErrorsShowAnOverlayOverTheLastGoodSite() throws Exception {
        listen();
        String good = get(PAGE).body();
        edit(POLICY, t -> t.replaceFirst("(?m)^issued: .*$", "issued: 2015-02-30"));
        assertNotNull(events.poll(20, TimeUnit.SECONDS), "a reload event");
        HttpResponse<String> page = get(PAGE);
        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"compendium-errors\""), page.body());
        assertTrue(page.body().contains("invalid date [2015-02-30]"), page.body());
        assertTrue(page.body().startsWith(good.substring(0, good.indexOf("<script>(function(){if(!window.EventSource"))),
                "the last good page is still served under the overlay");
        assertTrue(get("__compendium/errors").body().contains("invalid date [2015-02-30]"));
        assertTrue(console.stream().anyMatch(l -> l.contains("error: invalid date [2015-02-30]")), console::toString);
        edit(POLICY, t -> t.replace("issued: 2015-02-30", "issued: 2015-02-28"));
        assertNotNull(events.poll(20, TimeUnit.SECONDS), "a reload event");
        assertFalse(get(PAGE).body().contains("compendium-errors"));
    }

    @Test
    void closingStopsServing() throws Exception {
        URI uri = session.uri();
        session.close();
        assertThrows(IOException.class, () -> http.send(HttpRequest.newBuilder(uri).build(),
                HttpResponse.BodyHandlers.ofString()));
    }

    private void listen() throws InterruptedException {
        http.sendAsync(HttpRequest.newBuilder(session.uri().resolve("__compendium/events")).build(),
                HttpResponse.BodyHandlers.ofLines()).thenAccept(r -> r.body()
                .filter(l -> l.startsWith("event: reload")).forEach(events::add));
        for (int i = 0; i < 200 && session.listeners() == 0; i++) {
            Thread.sleep(25);
        }
        assertEquals(1, session.listeners());
    }

    private void edit(String path, java.util.function.UnaryOperator<String> change) throws IOException {
        Path file = content.resolve(path);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after));
        Files.writeString(file, after, StandardCharsets.UTF_8);
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(session.uri().resolve(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
