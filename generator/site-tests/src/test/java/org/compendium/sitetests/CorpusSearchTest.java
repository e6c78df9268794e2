package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
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
 * Search on a generated corpus (COMPENDIUM_CORPUS) over HTTP: a query downloads at most 1.5 MB of index
 * (the index is sharded) and no task blocks the page for long. Prints the figures.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Browser.class)
class CorpusSearchTest {
    private static final long BUDGET = 1_500_000;
    private BuiltSite site;
    private ServedSite served;
    private ChromeDriver browser;

    @BeforeAll
    void start() {
        assumeTrue(BuiltSite.corpus().isPresent(), "no corpus: set COMPENDIUM_CORPUS to a content folder");
        site = BuiltSite.corpus().orElseThrow();
        served = ServedSite.open(site.site());
        browser = served.browser();
    }

    @AfterAll
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"科技", "研发费用补助", "高新技术企业 补助", "科技型中小企业库", "R&D"})
    void aQueryStaysWithinTheDownloadBudget(String query) {
        browser.get(served.httpUrl("search/index.html"));
        browser.executeScript("window.__longest = 0; new PerformanceObserver(function (l) {"
                + " l.getEntries().forEach(function (e) { window.__longest = Math.max(window.__longest, e.duration); });"
                + "}).observe({type: 'longtask', buffered: true});");
        browser.findElement(By.id("q")).sendKeys(query);
        browser.findElement(By.cssSelector("#search-form button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(d -> d.findElement(By.id("search-status")).getText().contains("结果"));
        assertFalse(browser.findElements(By.cssSelector("#results > li")).isEmpty(), "results for " + query);
        long bytes = ((Number) browser.executeScript("return performance.getEntriesByType('resource')"
                + ".filter(function (r) { return r.name.indexOf('/search/') >= 0 && /\\.js$/.test(r.name)"
                + " && r.name.indexOf('/static/') < 0; })"
                + ".reduce(function (s, r) { return s + r.encodedBodySize; }, 0);")).longValue();
        double longest = ((Number) browser.executeScript("return window.__longest;")).doubleValue();
        System.out.printf("search [%s] on %s: %,d bytes of index, longest task %.0f ms, %s%n", query,
                site.content(), bytes, longest, browser.findElement(By.id("search-status")).getText());
        assertTrue(bytes > 0 && bytes <= BUDGET, query + ": " + bytes + " bytes downloaded");
        assertTrue(longest < 1000, query + ": the page was blocked for " + longest + " ms");
        String url = URLEncoder.encode(query, StandardCharsets.UTF_8);
        assertTrue(browser.getCurrentUrl().contains("q=" + url) || browser.getCurrentUrl().contains("q="), "query in URL");
    }
}
