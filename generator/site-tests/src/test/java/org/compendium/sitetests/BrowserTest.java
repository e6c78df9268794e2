package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo site in real headless Chromium, from {@code file://} and over HTTP: Chinese search, a clause
 * marker leading to the exact passage of the note, the 适老化 switches, axe-core, and screenshots of the
 * home and a policy page (in target/screenshots, to look at).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Browser.class)
class BrowserTest {
    private ServedSite served;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        served = ServedSite.open(BuiltSite.demo().site());
        browser = served.browser();
    }

    @AfterAll
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private String fileUrl(String page) {
        return served.fileUrl(page);
    }

    private String httpUrl(String page) {
        return served.httpUrl(page);
    }

    private List<WebElement> search(String pageUrl, String query) {
        browser.get(pageUrl + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains("结果") || s.contains("无法");
        });
        return browser.findElements(By.cssSelector("#results > li"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"file", "http"})
    void chineseSearchFindsSubstringsRankedWithTitleHitsFirst(String how) {
        String page = how.equals("file") ? fileUrl("search/index.html") : httpUrl("search/index.html");
        List<WebElement> results = search(page, "研发费用");
        assertTrue(results.size() >= 2, "results for 研发费用: " + results.size());
        assertEquals("示例市企业研发费用补助实施细则", results.get(0).findElement(By.className("r-title")).getText());
        assertEquals("研发费用", results.get(0).findElement(By.cssSelector(".r-title mark")).getText());
        assertFalse(results.get(1).findElements(By.cssSelector(".r-snippet mark")).isEmpty(), "snippet highlighted");

        List<WebElement> inBody = search(page, "免申即享");
        assertTrue(inBody.stream().anyMatch(r -> r.getText().contains("示例市企业研发费用补助实施细则")), "body-only phrase");

        List<WebElement> byNumber = search(page, "示科规〔2023〕2号");
        assertEquals("示例市企业研发费用补助实施细则", byNumber.get(0).findElement(By.className("r-title")).getText());

        assertTrue(search(page, "量子引力").isEmpty(), "a phrase in no document finds nothing");
        assertTrue(browser.findElement(By.id("search-status")).getText().contains("没有找到"));
    }

    @Test
    void searchFiltersByStatus() {
        browser.get(fileUrl("search/index.html") + "?q=" + URLEncoder.encode("示例市", StandardCharsets.UTF_8)
                + "&status=expired");
        new WebDriverWait(browser, Duration.ofSeconds(20))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("结果"));
        List<WebElement> results = browser.findElements(By.cssSelector("#results > li"));
        assertEquals(1, results.size());
        assertTrue(results.get(0).getText().contains("示例市科技创新券管理办法（试行）"));
        assertTrue(results.get(0).getText().contains("已失效"));
    }

    @Test
    void clauseMarkerJumpsToTheExplainingPassage() {
        browser.get(fileUrl("policies/sl-kj-2023-02/index.html"));
        WebElement marker = browser.findElement(By.cssSelector("#art-4 a.clause-note"));
        marker.click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.getCurrentUrl().contains("interpretations/jd-sl-kj-2023-02/index.html#"));
        String fragment = browser.getCurrentUrl().substring(browser.getCurrentUrl().indexOf('#') + 1);
        WebElement passage = browser.findElement(By.id(fragment));
        WebElement back = passage.findElement(By.cssSelector("a[href$='policies/sl-kj-2023-02/index.html#art-4']"));
        assertEquals("第四条", back.getText());
        assertTrue(passage.getText().contains("国家高新技术企业按上年度研发费用的10%"), passage.getText());
        back.click();
        new WebDriverWait(browser, Duration.ofSeconds(10)).until(d -> d.getCurrentUrl().endsWith("#art-4"));
        assertTrue(browser.findElement(By.id("art-4")).getText().contains("研发费用补助按照企业上年度研发费用分档给予"));
    }

    @Test
    void largeTextPreferencePersistsAcrossPages() {
        browser.get(fileUrl("index.html"));
        WebElement toggle = browser.findElement(By.cssSelector(".pref-toggle[data-pref='large']"));
        assertTrue(toggle.isDisplayed());
        toggle.click();
        assertEquals("true", toggle.getAttribute("aria-pressed"));
        browser.get(fileUrl("policies/sl-kj-2022-03/index.html"));
        assertTrue(browser.findElement(By.tagName("html")).getAttribute("class").contains("pref-large"));
        browser.findElement(By.cssSelector(".pref-toggle[data-pref='large']")).click();
        browser.navigate().refresh();
        assertFalse(browser.findElement(By.tagName("html")).getAttribute("class").contains("pref-large"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"index.html", "policies/sl-kj-2022-03/index.html", "policies/sl-kj-2022-07/index.html",
            "interpretations/jd-sl-kj-2023-02/index.html", "years/2023/index.html", "search/index.html?q=%E7%A7%91%E6%8A%80",
            "categories/index.html", "status/expired/index.html"})
    void axeFindsNoSeriousOrCriticalViolation(String page) throws IOException {
        browser.get(httpUrl(page));
        if (page.startsWith("search")) {
            new WebDriverWait(browser, Duration.ofSeconds(20))
                    .until(d -> d.findElement(By.id("search-status")).getText().contains("结果"));
        }
        List<Map<String, Object>> serious = seriousViolations();
        assertEquals(List.of(), serious, page);
    }

    @Test
    void axeReportsARealViolation(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("bad.html"), "<!DOCTYPE html><html><head><title>x</title></head><body>"
                + "<img src='x.png'><button></button></body></html>");
        browser.get(dir.resolve("bad.html").toUri().toString());
        List<Map<String, Object>> serious = seriousViolations();
        assertTrue(serious.stream().anyMatch(v -> "image-alt".equals(v.get("id"))), serious.toString());
        assertTrue(serious.stream().anyMatch(v -> "html-has-lang".equals(v.get("id"))), serious.toString());
    }

    private List<Map<String, Object>> seriousViolations() throws IOException {
        browser.executeScript(axeScript());
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations = (List<Map<String, Object>>) browser.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "axe.run(document, {resultTypes: ['violations']}).then(function (r) {"
                        + "  done(r.violations.map(function (v) { return {id: v.id, impact: v.impact, help: v.help,"
                        + "    nodes: v.nodes.map(function (n) { return n.target.join(' '); }).slice(0, 5)}; }));"
                        + "}).catch(function (e) { done([{id: 'axe-error', impact: 'critical', help: String(e)}]); });");
        return violations.stream()
                .filter(v -> "serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))).toList();
    }

    @Test
    void screenshotsOfHomeAndPolicyPage() throws IOException {
        Path dir = BuiltSite.workDir().resolve("screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {1280, 390}) {
            ChromeDriver sized = width == 1280 ? browser : Browser.start(width, 1600);
            try {
                for (String page : List.of("index.html", "policies/sl-kj-2023-02/index.html")) {
                    sized.get(fileUrl(page));
                    byte[] png = sized.getScreenshotAs(OutputType.BYTES);
                    Files.write(dir.resolve(page.replace('/', '_') + "-" + width + ".png"), png);
                    assertTrue(png.length > 10_000, "screenshot of " + page);
                    Long overflow = (Long) sized.executeScript(
                            "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                    assertTrue(overflow <= 0, page + " scrolls sideways at " + width + " px: " + overflow);
                }
            } finally {
                if (sized != browser) {
                    sized.quit();
                }
            }
        }
    }

    private static String axeScript() throws IOException {
        try (InputStream in = BrowserTest.class.getResourceAsStream(
                "/META-INF/resources/webjars/axe-core/" + System.getProperty("axe.version", "4.6.3") + "/axe.min.js")) {
            assertTrue(in != null, "axe-core webjar on the test classpath");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
