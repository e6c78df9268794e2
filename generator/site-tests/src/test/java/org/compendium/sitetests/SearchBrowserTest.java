package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.compendium.core.render.search.SearchText;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The search page as a user meets it, in headless Chromium over the demo site: a 文号 typed with any brackets,
 * snippets that start at the matching passage, Chinese dates, guidance on an empty page and when nothing is
 * found, and the browser folding text exactly as the generator does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Browser.class)
class SearchBrowserTest {
    private static final String TITLE = "示例市企业研发费用补助实施细则";
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

    private List<WebElement> search(String query) {
        browser.get(served.fileUrl("search/index.html") + "?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        return waitForResults();
    }

    private List<WebElement> waitForResults() {
        new WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> {
            String s = d.findElement(By.id("search-status")).getText();
            return s.contains("结果") || s.contains("无法");
        });
        return browser.findElements(By.cssSelector("#results > li"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"示科规[2023]2号", "示科规〔2023〕2号", "示科规［2023］2号", "示科规【2023】2号",
            "示科规(2023)2号", "示科规（2023）2号", "示科规〖2023〗2号", "示科规﹝2023﹞2号", "示科规[２０２３]２号"})
    void aDocNumberTypedWithAnyBracketsFindsTheDocument(String query) {
        List<WebElement> results = search(query);
        assertFalse(results.isEmpty(), "nothing found for " + query);
        assertEquals(TITLE, results.get(0).findElement(By.className("r-title")).getText());
        assertEquals("示科规〔2023〕2号", results.get(0).findElement(By.cssSelector(".r-meta mark")).getText(),
                "the 文号 is marked where it shows");
    }

    @Test
    void snippetsStartAtTheMatchingPassageNotInTheMetadata() {
        List<WebElement> results = search("免申即享");
        assertFalse(results.isEmpty());
        for (WebElement r : results) {
            String title = r.findElement(By.className("r-title")).getText();
            WebElement snippet = r.findElement(By.className("r-snippet"));
            String text = snippet.getText();
            List<WebElement> marks = snippet.findElements(By.tagName("mark"));
            assertFalse(marks.isEmpty(), "snippet of " + title + " marks the match: " + text);
            assertEquals("免申即享", marks.get(0).getText());
            int at = text.indexOf("免申即享");
            assertTrue(at >= 0 && at <= 32, "snippet of " + title + " starts near the match: " + text);
            assertFalse(text.startsWith(title), "snippet of " + title + " repeats the title: " + text);
            assertFalse(text.contains("示例市科学技术局　"), "snippet of " + title + " shows the issuers: " + text);
        }
    }

    @Test
    void aTitleOnlyMatchShowsTheBodyOpeningNotTheMetadata() {
        List<WebElement> results = search("示科规[2023]2号");
        String snippet = results.get(0).findElement(By.className("r-snippet")).getText();
        assertTrue(snippet.startsWith("第一条"), snippet);
    }

    @Test
    void resultDatesAreWrittenTheChineseWay() {
        List<WebElement> results = search("研发费用");
        assertTrue(results.size() >= 2);
        for (WebElement r : results) {
            String meta = r.findElement(By.className("r-meta")).getText();
            assertTrue(meta.matches(".*(\\d{4}年\\d{1,2}月\\d{1,2}日|\\d{4}年度)$"), meta);
            assertFalse(meta.matches(".*\\d{4}-\\d{2}-\\d{2}.*"), meta);
        }
        assertTrue(results.get(0).findElement(By.className("r-meta")).getText().endsWith("2023年2月15日"));
    }

    @Test
    void anEmptySearchPageOffersGuidanceWhoseExamplesFindSomething() {
        browser.get(served.fileUrl("search/index.html"));
        WebElement help = browser.findElement(By.id("search-help"));
        assertTrue(help.isDisplayed(), "guidance on the empty page");
        assertFalse(browser.findElement(By.id("search-none")).isDisplayed());
        assertTrue(help.getText().contains("检索提示"));
        assertFalse(help.findElements(By.cssSelector("a[href*='categories/']")).isEmpty(), "links to the categories");
        List<String> examples = help.findElements(By.cssSelector(".examples a")).stream()
                .map(a -> a.getAttribute("href")).toList();
        assertTrue(examples.size() >= 3, examples.toString());
        for (String example : examples) {
            browser.get(example);
            assertFalse(waitForResults().isEmpty(), "example " + example + " finds nothing");
            assertFalse(browser.findElement(By.id("search-help")).isDisplayed(), "guidance hidden over results");
        }
    }

    @Test
    void aSearchWithoutResultsSaysWhatToTry() {
        browser.get(served.fileUrl("search/index.html") + "?q=" + URLEncoder.encode("量子引力", StandardCharsets.UTF_8)
                + "&status=expired");
        assertTrue(waitForResults().isEmpty());
        assertTrue(browser.findElement(By.id("search-status")).getText().contains("没有找到与“量子引力”相关的结果"));
        assertTrue(browser.findElement(By.id("search-help")).isDisplayed());
        assertTrue(browser.findElement(By.id("search-none")).isDisplayed());
        assertTrue(browser.findElement(By.id("search-filtered")).isDisplayed(), "a filter is set: say so");
    }

    @Test
    void theBrowserFoldsTextAsTheGeneratorIndexesIt() {
        search("研发费用");
        String sample = "示科规[2023]2号 〔〕【】［］（）〖〗﹝﹞()ＡＢＣ１２３ｘ ﬁ ㈱ Ⅻ ①「」“”—ＫＭ，。";
        Object folded = browser.executeScript("return compendiumSearch.normalize(arguments[0]);", sample);
        assertEquals(SearchText.normalize(sample), folded);
        assertEquals("示科规(2023)2号", SearchText.normalize("示科规[2023]2号"));
    }

    @Test
    void onlyOneSearchBoxOnTheSearchAndHomePages() {
        for (String page : List.of("search/index.html", "index.html")) {
            browser.get(served.fileUrl(page));
            long boxes = browser.findElements(By.cssSelector("input[type=search]")).stream()
                    .filter(WebElement::isDisplayed).count();
            assertEquals(1, boxes, page);
        }
        browser.get(served.fileUrl("policies/sl-kj-2023-02/index.html"));
        assertEquals(1, browser.findElements(By.cssSelector("input[type=search]")).size(), "the header's box elsewhere");
    }
}
