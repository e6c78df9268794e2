package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * 政策匹配 and 申报日历 of the demo site (as of 2025-06-30) driven in headless Chromium from {@code file://}: the
 * filters, the choice kept in (and restored from) the URL, and screenshots at 1280 and 390 px without sideways
 * scrolling.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Browser.class)
class GuidanceBrowserTest {
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

    private List<String> shownTitles() {
        return browser.findElements(By.cssSelector("#match-results > li")).stream().filter(WebElement::isDisplayed)
                .map(li -> li.findElement(By.cssSelector("h2 a")).getText()).toList();
    }

    @Test
    void matchingFiltersByStageSupportAndKeywordAndKeepsTheChoiceInTheUrl() {
        browser.get(served.fileUrl("match/index.html"));
        assertEquals(5, shownTitles().size(), "every policy in force with a block, before any choice");
        browser.findElement(By.cssSelector("input[name=stage][value='新型研发机构']")).click();
        assertEquals(List.of("关于加快集聚高层次科技人才的实施意见", "示例市新型研发机构认定和管理办法",
                "示例市促进科技成果转化实施办法"), shownTitles());
        browser.findElement(By.cssSelector("input[name=support][value='资格认定']")).click();
        assertEquals(List.of("示例市新型研发机构认定和管理办法"), shownTitles());
        String url = URLDecoder.decode(browser.getCurrentUrl(), StandardCharsets.UTF_8);
        assertTrue(url.startsWith("file:") && url.endsWith("#stage=新型研发机构&support=资格认定"), url);
        assertTrue(browser.findElement(By.id("match-summary")).getText().contains("共 1 件"));

        browser.findElement(By.cssSelector("input[name=stage][value='']")).click();
        browser.findElement(By.cssSelector("input[name=support][value='资格认定']")).click();
        browser.findElement(By.id("match-q")).sendKeys("研发费用");
        assertEquals(List.of("示例市企业研发费用补助实施细则"), shownTitles());

        browser.findElement(By.cssSelector("input[name=open]")).click();
        browser.findElement(By.id("match-q")).clear();
        browser.findElement(By.id("match-q")).sendKeys(" ");
        assertEquals(List.of("关于加快集聚高层次科技人才的实施意见", "示例市高新技术企业培育扶持办法（2024年修订）",
                "示例市企业研发费用补助实施细则", "示例市促进科技成果转化实施办法"), shownTitles(),
                "open, 常年受理 and 免申即享, not the one opening in August");
    }

    @Test
    void aSharedLinkRestoresTheChoice() {
        browser.get(served.fileUrl("match/index.html") + "#stage=%E5%88%9B%E4%B8%9A%E5%9B%A2%E9%98%9F&support="
                + "%E4%BA%BA%E6%89%8D%E6%9C%8D%E5%8A%A1");
        assertTrue(browser.findElement(By.cssSelector("input[name=stage][value='创业团队']")).isSelected());
        assertTrue(browser.findElement(By.cssSelector("input[name=support][value='人才服务']")).isSelected());
        assertEquals(List.of("关于加快集聚高层次科技人才的实施意见"), shownTitles());
        browser.findElement(By.id("match-none")).isDisplayed();
        browser.get(served.fileUrl("match/index.html") + "#support=%E8%82%A1%E6%9D%83%E6%8A%95%E8%B5%84");
        assertEquals(List.of(), shownTitles());
        assertTrue(browser.findElement(By.id("match-none")).isDisplayed(), "says that nothing matches");
    }

    @Test
    void calendarListsOpenWindowsFirst() {
        browser.get(served.fileUrl("calendar/index.html"));
        List<String> open = browser.findElements(By.cssSelector("#cal-open + ul > li > a")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("示例市高新技术企业培育扶持办法（2024年修订）", "示例市促进科技成果转化实施办法"), open);
        browser.findElement(By.cssSelector("a[href$='calendar.ics']")).isDisplayed();
    }

    @Test
    void screenshotsAt1280And390() throws IOException {
        Path dir = BuiltSite.workDir().resolve("screenshots");
        Files.createDirectories(dir);
        for (int width : new int[] {1280, 390}) {
            ChromeDriver sized = width == 1280 ? browser : Browser.start(width, 1600);
            try {
                for (String page : List.of("match/index.html", "calendar/index.html", "policies/sl-kj-2024-02/index.html",
                        "offices/gaoxin/index.html", "no-application/index.html")) {
                    sized.get(served.fileUrl(page));
                    byte[] png = sized.getScreenshotAs(OutputType.BYTES);
                    Files.write(dir.resolve("guide-" + page.replace('/', '_') + "-" + width + ".png"), png);
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
}
