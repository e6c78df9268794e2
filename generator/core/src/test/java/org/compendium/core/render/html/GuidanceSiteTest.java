package org.compendium.core.render.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 政策兑现 output of the site over {@code fixtures/guidance} (as of 2025-06-30): the 办事指南 card, the
 * matching, calendar, 免申即享 and office pages, catalogue.json, and calendar.ics read back with ical4j.
 */
class GuidanceSiteTest {
    @TempDir
    static Path tmp;
    static Path site;

    @BeforeAll
    static void build() {
        ContentFolder content = ContentFolder.create(tmp, ContentFolder.RESOURCES.resolve("fixtures/guidance"));
        site = tmp.resolve("site");
        BuildResult result = new CompendiumBuilder().build(content.request().outputDir(site).build());
        assertTrue(result.success(), result.diagnostics().toString());
    }

    private static Document page(String file) throws IOException {
        return Jsoup.parse(site.resolve(file).toFile(), "UTF-8");
    }

    private static Map<String, String> facts(Element card) {
        return card.select(".apply-facts > div").stream().collect(Collectors.toMap(
                d -> d.selectFirst("dt").text(), d -> d.selectFirst("dd").text(), (a, b) -> a, TreeMap::new));
    }

    @Test
    void policyPageShowsTheCardWithStatesAsOfTheSiteDate() throws IOException {
        Element card = page("policies/g-open/index.html").selectFirst("details.apply-card");
        assertEquals("办事指南 申报中", card.selectFirst("h2").text());
        Map<String, String> facts = facts(card);
        assertEquals("科技型中小企业 高新技术企业", facts.get("适用对象"));
        assertEquals("资格认定 资金补助", facts.get("支持方式"));
        assertEquals("首次认定奖励40万元；重新认定奖励15万元，（含“整体迁入”；分号;逗号,反斜杠\\）", facts.get("支持标准"));
        assertEquals("每年3月1日至4月30日 已截止 本年度已于2025年4月30日截止，下次2026年3月1日开始 "
                + "2025年6月16日至2025年7月15日 申报中 截止日期2025年7月15日，还有16天", facts.get("申报时间"));
        assertEquals("示例市科学技术局高新技术处 地址：示例市政务服务中心三楼科技窗口 办公时间：工作日 9:00—12:00",
                facts.get("受理处室"));
        assertEquals("0592-5550101", facts.get("联系电话"));
        assertEquals("tel:05925550101", card.selectFirst("a.phone").attr("href"));
        assertEquals("https://zwfw.example.gov.cn/gq?a=1&b=2", card.selectFirst("a.entry").attr("href"));
        assertEquals("申请表 营业执照", facts.get("申报材料"));
        assertEquals("../../offices/gaoxin/index.html", card.selectFirst("dd a").attr("href"));
        assertEquals("../../static/guide.css", page("policies/g-open/index.html")
                .selectFirst("link[href$=guide.css]").attr("href"));
    }

    @Test
    void theOwnPhoneOfAPolicyWinsOverItsOffices() throws IOException {
        Element card = page("policies/g-rolling/index.html").selectFirst("details.apply-card");
        assertEquals("0592-5550166、12345", facts(card).get("联系电话"));
        assertEquals("办事指南 常年受理", card.selectFirst("h2").text());
    }

    @Test
    void matchPageListsThePoliciesInForceWithTheirKeys() throws IOException {
        Document match = page("match/index.html");
        List<String> ids = match.select("#match-results > li h2").eachText();
        assertEquals(List.of("示例市科技人才服务办法 常年受理", "示例市研发费用补助实施细则 免申即享",
                "示例市高新技术企业认定奖励办法 申报中"), ids, "in force only, newest first");
        Element free = match.select("#match-results > li").get(1);
        assertEquals("|科技型中小企业|高新技术企业|", free.attr("data-audiences"));
        assertEquals("|资金补助|", free.attr("data-support"));
        assertTrue(free.attr("data-text").contains("研发费用"));
        assertEquals(List.of("", "创业团队", "科技型中小企业", "高新技术企业", "科技小巨人领军企业", "新型研发机构", "科技服务机构"),
                match.select("input[name=stage]").eachAttr("value"));
        assertEquals("../static/match.js", match.selectFirst("script[src$=match.js]").attr("src"));
    }

    @Test
    void calendarPageSortsWindowsByWhereTheyStand() throws IOException {
        Document cal = page("calendar/index.html");
        assertEquals(List.of("示例市高新技术企业认定奖励办法 申报中 2025年6月16日至2025年7月15日　截止日期2025年7月15日，还有16天　"
                        + "示例市科学技术局高新技术处 0592-5550101"),
                cal.select("#cal-open + ul li").eachText());
        assertEquals(List.of("示例市高新技术企业认定奖励办法 已截止 2025年3月1日至2025年4月30日　已于2025年4月30日截止　"
                        + "示例市科学技术局高新技术处 0592-5550101"),
                cal.select("#cal-closed + ul li").eachText(), "closed within 90 days");
        assertEquals(List.of(), cal.select("#cal-soon + ul li").eachText());
        assertEquals(12, cal.select("h3.calendar-month").size());
        assertEquals("2025年11月", cal.select("h3.calendar-month").get(5).text());
        assertTrue(cal.selectFirst("#m-2025-11 + ul").text().contains("示例市科技型企业贷款贴息办法"),
                "a policy not yet in force is on the calendar of its first window");
        assertEquals(List.of("示例市科技人才服务办法 常年受理 示例市科学技术局成果转化处 0592-5550166、12345"),
                cal.select("#cal-rolling + ul li").eachText());
        assertFalse(cal.text().contains("示例市科技创新券管理办法"), "an expired policy has no windows on the calendar");
    }

    @Test
    void noApplicationAndOfficePages() throws IOException {
        assertEquals(List.of("示例市研发费用补助实施细则 免申即享"),
                page("no-application/index.html").select("section.apply-card h2").eachText());
        Document offices = page("offices/index.html");
        assertEquals(List.of("示例市科学技术局高新技术处", "示例市科学技术局成果转化处"), offices.select(".office-card h2").eachText());
        Document gaoxin = page("offices/gaoxin/index.html");
        assertEquals("受理处室示例市科学技术局高新技术处", gaoxin.selectFirst("h1").text());
        assertEquals(List.of("示例市研发费用补助实施细则 免申即享", "示例市高新技术企业认定奖励办法 申报中"),
                gaoxin.select("section.apply-card h3").eachText());
    }

    @Test
    void catalogueCarriesTheApplicationData() throws IOException {
        String json = Files.readString(site.resolve("catalogue.json"));
        assertTrue(json.contains("\"apply\": {\"audiences\": [\"科技型中小企业\", \"高新技术企业\"], \"support_types\": "
                + "[\"资格认定\", \"资金补助\"]"), json);
        assertTrue(json.contains("{\"text\": \"每年03-01至04-30\", \"kind\": \"yearly\", \"start\": \"03-01\", \"end\": "
                + "\"04-30\", \"next_year\": false, \"state\": \"已截止\", \"current\": {\"start\": \"2025-03-01\", \"end\": "
                + "\"2025-04-30\"}}"), json);
        assertTrue(json.contains("\"office\": {\"key\": \"gaoxin\", \"name\": \"示例市科学技术局高新技术处\", \"phone\": "
                + "\"0592-5550101\""), json);
        assertTrue(json.contains("\"no_application\": true"), json);
    }

    @Test
    void calendarFileParsesWithIcal4jAndHoldsOneEventPerWindow() throws IOException, ParserException {
        String ics = Files.readString(site.resolve("calendar.ics"), StandardCharsets.UTF_8);
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded at 75 octets: " + line);
        }
        assertFalse(ics.replace("\r\n", "").contains("\n"), "every line ends in CRLF");
        Calendar calendar = new CalendarBuilder().build(new StringReader(ics));
        ValidationResult validation = calendar.validate();
        assertFalse(validation.hasErrors(), validation.toString());
        List<VEvent> events = calendar.getComponents("VEVENT");
        Map<String, VEvent> byUid = new TreeMap<>();
        events.forEach(e -> byUid.put(e.getUid().orElseThrow().getValue(), e));
        assertEquals(List.of("g-next-year-w1@kjj.example.gov.cn", "g-open-w1@kjj.example.gov.cn",
                "g-open-w2@kjj.example.gov.cn"), List.copyOf(byUid.keySet()), "常年受理 and expired policies have none");
        VEvent spring = byUid.get("g-open-w1@kjj.example.gov.cn");
        assertEquals("20240301", prop(spring, Property.DTSTART));
        assertEquals("20240501", prop(spring, Property.DTEND), "DTEND is the day after the window closes");
        assertEquals("FREQ=YEARLY;UNTIL=20281231", prop(spring, Property.RRULE));
        assertEquals("申报：示例市高新技术企业认定奖励办法", prop(spring, Property.SUMMARY));
        assertEquals("20240120T000000Z", prop(spring, Property.DTSTAMP), "stamped with the policy's issue date");
        String description = prop(spring, Property.DESCRIPTION);
        assertTrue(description.startsWith("申报时间：每年3月1日至4月30日\n适用对象：科技型中小企业、高新技术企业\n"), description);
        assertTrue(description.contains("支持标准：首次认定奖励40万元；重新认定奖励15万元，（含“整体迁入”；分号;逗号,反斜杠\\）\n"),
                "escaped text comes back exactly: " + description);
        assertEquals("https://kjj.example.gov.cn/zchb/policies/g-open/", prop(spring, Property.URL));
        VEvent winter = byUid.get("g-next-year-w1@kjj.example.gov.cn");
        assertEquals("20251101", prop(winter, Property.DTSTART), "first window after the policy takes effect");
        assertEquals("20260116", prop(winter, Property.DTEND));
        assertEquals("20250616", prop(byUid.get("g-open-w2@kjj.example.gov.cn"), Property.DTSTART));
    }

    @Test
    void calendarFileIsTheSameForTheSameContent(@TempDir Path again) throws IOException {
        ContentFolder content = ContentFolder.create(again, ContentFolder.RESOURCES.resolve("fixtures/guidance"));
        BuildResult result = new CompendiumBuilder().build(content.request().outputDir(again.resolve("site"))
                .timestamp(java.time.Instant.parse("2026-01-01T00:00:00Z")).build());
        assertTrue(result.success());
        assertArrayEquals(Files.readAllBytes(site.resolve("calendar.ics")),
                Files.readAllBytes(again.resolve("site/calendar.ics")), "no clock in the calendar");
    }

    @Test
    void contentWithoutApplyBlocksGetsNoGuidancePages(@TempDir Path plain) throws IOException {
        ContentFolder content = ContentFolder.create(plain);
        BuildResult result = new CompendiumBuilder().build(content.request().outputDir(plain.resolve("site")).build());
        assertTrue(result.success());
        for (String file : List.of("match", "calendar", "no-application", "offices", "calendar.ics")) {
            assertFalse(Files.exists(plain.resolve("site").resolve(file)), file);
        }
        String policy = Files.readString(plain.resolve("site/policies/sl-base/index.html"));
        assertFalse(policy.contains("guide.css") || policy.contains("政策兑现") || policy.contains("办事指南"));
    }

    private static String prop(VEvent event, String name) {
        return event.getProperty(name).map(Property::getValue).orElseThrow(() -> new AssertionError("no " + name));
    }
}
