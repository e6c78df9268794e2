package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.compendium.core.ContentCompiler;
import org.compendium.core.StageTimer;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.Body;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Markdown dialect of official bodies (docs/content-format.md, "Official text as written"): a line is a
 * line, asterisks and underscores that are text stay text, entities are the characters they name in every
 * derived text (search, table of contents), {@code 1)} and a stray {@code <} are kept as written.
 */
class OfficialTextDialectTest {
    private static final String FRONT = "---\nid: notice\ntitle: 关于挂钩联系企业的通知\nissuer: 示例市科学技术局\n"
            + "issued: 2022-03-01\n---\n\n";
    @TempDir
    Path tmp;

    private Body body(String markdown) {
        ContentFolder content = ContentFolder.create(tmp).write("policies/2022/notice.md", FRONT + markdown);
        Diagnostics diagnostics = new Diagnostics();
        var compendium = new ContentCompiler().compile(content.root(), Optional.empty(),
                Instant.parse("2024-01-01T00:00:00Z"), diagnostics, new StageTimer()).orElseThrow();
        assertFalse(diagnostics.hasErrors(), () -> diagnostics.sorted().toString());
        return compendium.document("notice").orElseThrow().body();
    }

    private static List<String> paragraphs(Body body) {
        return Jsoup.parseBodyFragment(body.html()).select("p").stream().map(Element::text).toList();
    }

    @Test
    void eachLineOfAnOfficialListIsAParagraph() {
        List<String> lines = List.of("综合处挂钩联系创新大厦入驻企业;", "机关党委挂钩联系软件园二期企业;",
                "规划处挂钩联系生物医药港企业;", "高新处挂钩联系火炬园企业;", "农社处挂钩联系农业科技园区企业;",
                "成果处挂钩联系科技企业孵化器;", "国际处挂钩联系外资研发机构;", "科技人才处挂钩联系国家“*”、省“*”、市“双百计划”企业;",
                "监督处挂钩联系新型研发机构;", "基础处挂钩联系重点实验室;", "生产力中心挂钩联系众创空间。");
        assertEquals(11, lines.size());
        assertEquals(lines, paragraphs(body(String.join("\n", lines) + "\n")));
    }

    @Test
    void aLineBreakInsideALinkOrBoldIsAHardBreak() {
        Body body = body("**第一行\n第二行**\n");
        assertEquals("<p><strong>第一行<br />\n第二行</strong></p>", body.html().strip());
    }

    @Test
    void asterisksInChineseTextAreText() {
        String line = "科技人才处挂钩联系国家“*”、省“*”、市“双百计划”企业;";
        Body body = body(line + "\n\n二是*重点*企业，三是_一般_企业。\n\n四是国家“**”、省“**”企业。\n");
        assertEquals(List.of(line, "二是*重点*企业，三是_一般_企业。", "四是国家“**”、省“**”企业。"), paragraphs(body));
        assertFalse(body.html().contains("<em>"), body.html());
        assertFalse(body.html().contains("<strong>"), body.html());
        assertTrue(body.text().contains(line), body.text());
    }

    @Test
    void boldStaysBold() {
        Body body = body("**问：**如何申报？\n\n**第一条** 为了规范管理。\n");
        assertEquals("<strong>问：</strong>", Jsoup.parseBodyFragment(body.html()).selectFirst("strong").outerHtml());
        assertEquals(List.of("art-1"), body.anchors().stream().map(Anchor::id).toList());
    }

    @Test
    void entitiesAreTheirCharactersInSearchTextAndTableOfContents() {
        Body body = body("## 一、收入&lt;500万元&amp;人数&gt;10人的企业\n\n规模&lt;50人。\n");
        assertEquals("一、收入<500万元&人数>10人的企业", body.toc().getFirst().number() + body.toc().getFirst().text());
        assertTrue(body.text().contains("一、收入<500万元&人数>10人的企业"), body.text());
        assertTrue(body.text().contains("规模<50人。"), body.text());
        assertEquals(List.of("规模<50人。"), paragraphs(body));
    }

    @Test
    void aStrayLessThanSignAndParenthesisedNumbersStayAsWritten() {
        Body body = body("收入<500万元，人数 < 10 人，<国家>级。\n1) 第一项；\n2) 第二项。\n");
        assertEquals(List.of("收入<500万元，人数 < 10 人，<国家>级。", "1) 第一项；", "2) 第二项。"), paragraphs(body));
        assertFalse(body.html().contains("<ol"), body.html());
    }

    @Test
    void listNumbersThatWouldPrintChangedAreWarnings() {
        ContentFolder content = ContentFolder.create(tmp).write("policies/2022/notice.md",
                FRONT + "1. 第一项；\n2. 第二项；\n2. 第三项。\n\n3. 另起；\n4. 再起。\n");
        assertEquals(List.of("content/policies/2022/notice.md:10:1: warning: list item number [2.] would print as 3. (a"
                        + " Markdown list counts on from its first number); expected 3. here, or the number as text without"
                        + " a space after the dot [2.项目] or escaped [2\\. 项目]"),
                content.printed(content.check()).stream().filter(l -> !l.startsWith("compendium:")).toList());
    }
}
