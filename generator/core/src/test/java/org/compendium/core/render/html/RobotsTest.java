package org.compendium.core.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class RobotsTest {

    @Test
    void atTheHostRootTheFileIsServedWhereCrawlersLook() {
        assertEquals("User-agent: *\nAllow: /\nSitemap: https://kjj.example.gov.cn/sitemap.xml\n",
                SiteFiles.robots("https://kjj.example.gov.cn/"));
    }

    @Test
    void underABasePathItSaysWhereItMustGoAndAllowsOnlyThatPath() {
        String robots = SiteFiles.robots("https://kjj.example.gov.cn/zchb/");
        List<String> rules = robots.lines().filter(l -> !l.startsWith("#")).toList();
        assertEquals(List.of("User-agent: *", "Allow: /zchb/", "Sitemap: https://kjj.example.gov.cn/zchb/sitemap.xml"),
                rules);
        assertTrue(robots.startsWith("# 爬虫只读取站点根目录的 robots.txt（https://kjj.example.gov.cn/robots.txt）"), robots);
        assertTrue(robots.contains("docs/outputs.md"), robots);
    }
}
