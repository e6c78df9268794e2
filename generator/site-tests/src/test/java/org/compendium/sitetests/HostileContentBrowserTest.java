package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Hostile content that the build accepts with warnings (script tags, event handlers, javascript: URLs in
 * raw HTML, HTML in titles, issuers, categories and tags, a plain SVG image) is built into a site and
 * opened in headless Chromium, from file:// and over HTTP: no script of the content runs, neither on the
 * policy page, nor in the search results that show its title, nor when the SVG is opened on its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Browser.class)
class HostileContentBrowserTest {
    private static final String PWN = "window.__pwned=1;document.title='pwned'";
    private static final String POLICY = """
            ---
            id: xss-test
            title: 恶意输入测试<img src=x onerror="%1$s"><script>%1$s</script></script><script>%1$s</script>
            issuer: 示例市科学技术局<script>%1$s</script>
            issued: 2024-01-01
            category: <svg onload="%1$s">
            tags: ["<img src=x onerror=%1$s>", "\\"><script>%1$s</script>"]
            ---

            # 恶意输入测试<script>%1$s</script>

            <script>%1$s</script>

            <p onclick="%1$s" onmouseover="%1$s">段落 <img src="../../assets/xss/plain.svg" onerror="%1$s" alt="图"></p>

            <iframe srcdoc="<script>parent.__pwned=1</script>"></iframe>

            <div style="background:url(javascript:%1$s)">样式</div>

            <svg><script>%1$s</script></svg>

            <object data="javascript:%1$s"></object><embed src="javascript:%1$s">

            <form action="javascript:%1$s"><button>提交</button></form>

            <meta http-equiv="refresh" content="0;url=javascript:%1$s"><base href="javascript:%1$s//">

            `<script>%1$s</script>` 代码

                <script>%1$s</script>

            ![图](../../assets/xss/plain.svg)

            **第一条** 恶意输入测试 <b onmouseover="%1$s">粗体</b><img src=x onerror=%1$s>
            """.formatted(PWN);
    private static final String PLAIN_SVG = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"40\" height=\"20\">"
            + "<rect width=\"40\" height=\"20\" fill=\"#c00\"/></svg>\n";
    private ServedSite served;
    private ChromeDriver browser;

    @BeforeAll
    void buildAndStart() throws IOException {
        Path work = BuiltSite.workDir().resolve("hostile");
        Path content = work.resolve("content");
        ContentFolder.copyTree(BuiltSite.projectRoot().resolve("content"), content);
        Files.writeString(content.resolve("policies/2024/xss-test.md"), POLICY,
                StandardCharsets.UTF_8);
        Files.createDirectories(content.resolve("assets/xss"));
        Files.writeString(content.resolve("assets/xss/plain.svg"), PLAIN_SVG, StandardCharsets.UTF_8);
        Path site = work.resolve("site");
        BuildResult result = new CompendiumBuilder().build(BuildRequest.builder(content).outputDir(site)
                .templatesDir(BuiltSite.projectRoot().resolve("templates")).formats(EnumSet.of(OutputFormat.HTML))
                .timestamp(Instant.parse("2025-07-01T00:00:00Z")).build());
        assertTrue(result.success(), () -> result.diagnostics().toString());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.message().startsWith("unsafe or unsupported HTML removed")));
        served = ServedSite.open(site);
        browser = served.browser();
    }

    @AfterAll
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private String url(String how, String page) {
        return how.equals("file") ? served.fileUrl(page) : served.httpUrl(page);
    }

    @org.junit.jupiter.api.Test
    void theDetectorNoticesAScriptThatRuns(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("ran.html"), "<!DOCTYPE html><title>x</title><p>text</p><img src=x onerror=\""
                + PWN + "\">");
        browser.get(dir.resolve("ran.html").toUri().toString());
        org.opentest4j.AssertionFailedError caught = org.junit.jupiter.api.Assertions.assertThrows(
                org.opentest4j.AssertionFailedError.class, () -> assertNothingRan("probe"));
        assertTrue(caught.getMessage().contains("a script of the content"), caught.getMessage());
    }

    private void assertNothingRan(String what) {
        browser.findElements(By.cssSelector("p, b, img")).forEach(el -> {
            try {
                new org.openqa.selenium.interactions.Actions(browser).moveToElement(el).perform();
            } catch (RuntimeException e) {
                // elements out of view or hidden: hovering is only a bonus
            }
        });
        Object pwned = browser.executeScript("return typeof window.__pwned === 'undefined' ? null : window.__pwned;");
        assertEquals(null, pwned, what + ": a script of the content ran");
        assertNotEquals("pwned", browser.getTitle(), what + ": a script of the content set the title");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file", "http"})
    void noContentScriptRunsOnThePolicyPage(String how) {
        browser.get(url(how, "policies/xss-test/index.html"));
        assertTrue(browser.getTitle().startsWith("恶意输入测试"), browser.getTitle());
        assertTrue(browser.findElement(By.id("doc-title")).getText().contains("<script>"), "title shown as text");
        assertTrue(browser.findElements(By.cssSelector("article iframe, article object, article embed, article form,"
                + " article script, article [onerror], article [onclick], article [onmouseover], article [style]")).isEmpty());
        assertNothingRan(how + " policy page");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file", "http"})
    void noContentScriptRunsInSearchResultsOrListings(String how) {
        browser.get(url(how, "search/index.html") + "?q=" + URLEncoder.encode("恶意输入", StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.findElement(By.id("search-status")).getText()
                .contains("结果"));
        assertFalse(browser.findElements(By.cssSelector("#results > li")).isEmpty(), "the hostile policy is found");
        assertNothingRan(how + " search");
        for (String page : List.of("index.html", "policies/index.html", "categories/index.html", "issuers/index.html",
                "years/2024/index.html")) {
            browser.get(url(how, page));
            assertNothingRan(how + " " + page);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file", "http"})
    void theSvgImageOpenedOnItsOwnRunsNothing(String how) {
        browser.get(url(how, "assets/xss/plain.svg"));
        assertNothingRan(how + " svg");
    }
}
