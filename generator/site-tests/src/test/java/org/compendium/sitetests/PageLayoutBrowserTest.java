package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * Policy pages laid out in headless Chromium on a 390 px phone and a 1280 px screen: metadata labels clear of
 * their values, the 目录 and 相关文件 panels folded on the phone (the text first) and open on the wide screen,
 * clause permalinks that are neither read nor copied with the text, and footnote back-links that never sit
 * alone on a line. Screenshots of the pages go to target/screenshots.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Browser.class)
class PageLayoutBrowserTest {
    private static final String POLICY = "policies/sl-kj-2023-02/index.html";
    private static final String EXPIRED = "policies/sl-kj-2021-05/index.html";
    private ServedSite served;
    private ChromeDriver wide;
    private ChromeDriver phone;

    @BeforeAll
    void start() {
        served = ServedSite.open(BuiltSite.demo().site());
        wide = served.browser();
        phone = Browser.start(390, 900);
    }

    @AfterAll
    void stop() {
        try {
            if (phone != null) {
                phone.quit();
            }
        } finally {
            if (served != null) {
                served.close();
            }
        }
    }

    @Test
    void metadataLabelsDoNotCollideWithTheirValuesOnAPhone() {
        for (String page : List.of(POLICY, EXPIRED)) {
            for (boolean large : new boolean[] {false, true}) {
                phone.get(served.fileUrl(page));
                if (large) {
                    phone.executeScript("document.documentElement.classList.add('pref-large');");
                }
                @SuppressWarnings("unchecked")
                List<String> clashes = (List<String>) phone.executeScript("""
                        var out = [];
                        document.querySelectorAll('table.meta th').forEach(function (th) {
                          var td = th.nextElementSibling, a = th.getBoundingClientRect(), b = td.getBoundingClientRect();
                          var r = document.createRange(); r.selectNodeContents(th);
                          var text = r.getBoundingClientRect();
                          if (th.scrollWidth > th.clientWidth + 1 || text.right > a.right + 1
                              || (a.top < b.bottom && b.top < a.bottom && a.right > b.left + 1)) {
                            out.push(th.textContent + ' ' + text.right + '/' + a.right + '/' + b.left);
                          }
                        });
                        return out;""");
                assertEquals(List.of(), clashes, page + (large ? " (大字号)" : ""));
            }
        }
    }

    @Test
    void sidePanelsFoldOnAPhoneSoTheTextComesFirst() {
        phone.get(served.fileUrl(POLICY));
        WebElement toc = phone.findElement(By.cssSelector("details.toc"));
        WebElement related = phone.findElement(By.cssSelector("details.related"));
        assertFalse(toc.getDomProperty("open").equals("true"), "目录 folded on a phone");
        assertFalse(related.getDomProperty("open").equals("true"), "相关文件 folded on a phone");
        long metaBottom = ((Number) phone.executeScript(
                "return document.querySelector('table.meta').getBoundingClientRect().bottom + scrollY;")).longValue();
        long textTop = ((Number) phone.executeScript(
                "return document.getElementById('art-1').getBoundingClientRect().top + scrollY;")).longValue();
        assertTrue(textTop - metaBottom < 550, "the first clause is " + (textTop - metaBottom) + " px below the metadata");
        toc.findElement(By.tagName("summary")).click();
        WebElement first = toc.findElement(By.cssSelector("nav a"));
        assertTrue(first.isDisplayed(), "the 目录 opens on a tap");
        first.click();
        assertTrue(phone.getCurrentUrl().endsWith("#art-1"));

        wide.get(served.fileUrl(POLICY));
        for (String panel : List.of("details.toc", "details.related")) {
            WebElement d = wide.findElement(By.cssSelector(panel));
            assertEquals("true", String.valueOf(d.getDomProperty("open")), panel + " open beside the text");
            assertTrue(d.findElement(By.cssSelector("a")).isDisplayed(), panel);
        }
    }

    @Test
    void permalinksAreNeitherReadNorCopiedWithTheClause() {
        wide.get(served.fileUrl("policies/sl-kj-2024-02/index.html"));
        @SuppressWarnings("unchecked")
        List<String> texts = (List<String>) wide.executeScript("""
                return Array.from(document.querySelectorAll('.doc-body .clause')).map(function (c) {
                  var s = getSelection(); s.removeAllRanges(); s.selectAllChildren(c);
                  return c.innerText + '\\u0001' + s.toString();
                });""");
        assertFalse(texts.isEmpty());
        for (String t : texts) {
            assertFalse(t.contains("#"), "a # in the clause's text or copy: " + t);
        }
        String copied = (String) wide.executeScript("""
                var s = getSelection(); s.removeAllRanges();
                s.selectAllChildren(document.querySelector('.doc-body')); return s.toString();""");
        assertTrue(copied.contains("首次纳入市高新技术企业培育库的企业"), copied);
        assertFalse(copied.contains("#"), "copying the text copies no #");

        WebElement clause = wide.findElement(By.cssSelector(".doc-body .clause"));
        WebElement link = clause.findElement(By.cssSelector("a.permalink"));
        assertEquals("0", link.getCssValue("opacity"), "hidden until hovered");
        assertTrue(link.getAttribute("aria-label").startsWith("本条链接："));
        new Actions(wide).moveToElement(clause).perform();
        assertEquals("1", link.getCssValue("opacity"), "shown while the clause is hovered");
        new Actions(wide).moveToElement(wide.findElement(By.className("site-title"))).perform();
        wide.executeScript("arguments[0].focus();", link);
        assertEquals("1", link.getCssValue("opacity"), "shown on keyboard focus");
        link.sendKeys(Keys.ENTER);
        assertTrue(wide.getCurrentUrl().endsWith("#" + clause.getAttribute("id")));
    }

    @Test
    void aFootnoteBackLinkNeverSitsAloneOnALine() {
        wide.get(served.fileUrl("policies/sl-kj-2022-03/index.html"));
        @SuppressWarnings("unchecked")
        List<Long> alone = (List<Long>) wide.executeScript("""
                var a = document.querySelector('a.footnote-backref'), li = a.closest('li'), bad = [];
                var walker = document.createTreeWalker(li, NodeFilter.SHOW_TEXT), last = null, n;
                while ((n = walker.nextNode())) {
                  if (a.contains(n)) { break; }
                  if (n.data.trim()) { last = n; }
                }
                for (var w = 80; w <= 720; w += 4) {
                  li.style.width = w + 'px';
                  var r = document.createRange(); r.setStart(last, last.length - 1); r.setEnd(last, last.length);
                  var ch = r.getClientRects(), c = ch[ch.length - 1], l = a.getClientRects()[0];
                  var mid = (l.top + l.bottom) / 2;
                  if (mid < c.top || mid > c.bottom) { bad.push(w); }
                }
                li.style.width = '';
                return bad;""");
        assertEquals(List.of(), alone, "widths (px) where ↩ wrapped away from the footnote's last character");
    }

    @Test
    void screenshotsOfTheAffectedPages() throws IOException {
        Path dir = BuiltSite.workDir().resolve("screenshots");
        Files.createDirectories(dir);
        for (ChromeDriver b : List.of(wide, phone)) {
            String width = b == wide ? "1280" : "390";
            for (String page : List.of(POLICY, EXPIRED, "policies/sl-kj-2022-03/index.html",
                    "interpretations/jd-sl-kj-2024-02/index.html", "search/index.html")) {
                b.get(served.fileUrl(page));
                Files.write(dir.resolve("layout-" + page.replace('/', '_') + "-" + width + ".png"),
                        b.getScreenshotAs(OutputType.BYTES));
                Long overflow = (Long) b.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
                assertTrue(overflow <= 0, page + " scrolls sideways at " + width + " px: " + overflow);
            }
        }
    }
}
