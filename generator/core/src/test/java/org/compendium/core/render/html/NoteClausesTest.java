package org.compendium.core.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 涉及条款 of a note's page and the 解读条款 of the policy page name the clauses in full and list only
 * the clauses of the interpreted policy, not those of another policy the note links to.
 */
class NoteClausesTest {
    private static final String POLICY = """
            ---
            id: sl-outline
            title: 示例市高新技术企业培育措施
            issuer: 示例市科学技术局
            issued: 2024-01-10
            ---

            # 示例市高新技术企业培育措施

            一、总体要求

            坚持培育与认定并重。

            二、支持措施

            （一）入库培育奖励

            1. 首次纳入培育库的企业，给予一次性奖励15万元。

            2. 培育期内认定为国家高新技术企业的，再奖励25万元。

            （二）迁入奖励

            三、附则

            本措施自发布之日起施行。
            """;
    private static final String NOTE = """
            ---
            id: jd-outline
            title: 《示例市高新技术企业培育措施》解读
            interprets: sl-outline
            form: 文字解读
            issued: 2024-01-20
            ---

            # 《示例市高新技术企业培育措施》解读

            [入库奖励](../policies/2024/sl-outline.md#sec-2-1-1)提高到15万元，[再奖励](../policies/2024/sl-outline.md#sec-2-1-2)提高到25万元。

            [迁入奖励](../policies/2024/sl-outline.md#sec-2-2)为新增内容。

            项目管理依照《示例市科技计划项目管理办法》[第三条](../policies/2023/sl-base.md#art-3)执行。
            """;

    @TempDir
    Path tmp;

    @Test
    void clausesAreNamedInFullAndOnlyThoseOfTheInterpretedPolicy() throws IOException {
        ContentFolder folder = ContentFolder.create(tmp).write("policies/2024/sl-outline.md", POLICY)
                .write("interpretations/jd-outline.md", NOTE);
        BuildResult result = new CompendiumBuilder().build(folder.request().build());
        assertTrue(result.success(), result.diagnostics().toString());
        Path site = folder.root().resolveSibling("site-output");

        Document note = Jsoup.parse(site.resolve("interpretations/jd-outline/index.html").toFile());
        Element clauses = note.selectFirst(".interprets p:contains(涉及条款)");
        assertEquals(List.of("第二部分第（一）项第1目", "第二部分第（一）项第2目", "第二部分第（二）项"),
                clauses.select("a").eachText());
        for (Element a : clauses.select("a")) {
            assertTrue(a.attr("href").startsWith("../../policies/sl-outline/index.html#sec-2-"), a.attr("href"));
        }

        Document policy = Jsoup.parse(site.resolve("policies/sl-outline/index.html").toFile());
        assertEquals(List.of("第二部分第（一）项第1目", "第二部分第（一）项第2目", "第二部分第（二）项"),
                policy.select(".notes-panel .explains a").eachText());
        Document other = Jsoup.parse(site.resolve("policies/sl-base/index.html").toFile());
        assertEquals(List.of(), other.select(".notes-panel .explains a").eachText(),
                "the note interprets another policy: no 解读条款 here");
    }
}
