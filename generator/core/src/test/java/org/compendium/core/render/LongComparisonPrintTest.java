package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.render.pdf.TypeArea;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A 修订对照表 whose clauses are longer than a page, with a long unbroken token, in the printed edition: the table
 * repeats its header row on every page, and each column, cropped apart, holds its version's Markdown character
 * for character (no row clipped at a page's foot, no text run past its column), and no word lies outside the
 * text block.
 */
class LongComparisonPrintTest {
    @TempDir
    static Path tmp;
    static ContentFolder content;
    static Path pdf;

    @BeforeAll
    static void build() {
        content = ContentFolder.create(tmp)
                .write("summaries/2023.md", summary(2023))
                .write("summaries/2024.md", summary(2024))
                .write("policies/2023/sl-long.md", policy("sl-long", "示例市科技项目经费管理办法", "2023-02-01",
                        "superseded_by: sl-long-2024\n", false))
                .write("policies/2024/sl-long-2024.md", policy("sl-long-2024", "示例市科技项目经费管理办法（2024年修订）",
                        "2024-02-01", "", true));
        BuildResult result = new CompendiumBuilder().build(content.request()
                .formats(EnumSet.of(OutputFormat.PDF)).editions(List.of(2024))
                .timestamp(Instant.parse("2025-06-30T08:00:00Z")).build());
        assertTrue(result.published(), () -> result.diagnostics().toString());
        pdf = content.root().resolveSibling("site-output/downloads/compendium-2024.pdf");
    }

    private static String summary(int year) {
        return "---\nyear: " + year + "\ntitle: " + year + "年度综述\n---\n\n# " + year + "年度综述\n\n本年度政策综述。\n";
    }

    /** A policy with a clause of about 3,000 characters; the revision inserts an article and changes a few words. */
    private static String policy(String id, String title, String issued, String extra, boolean revised) {
        StringBuilder text = new StringBuilder("---\nid: " + id + "\ntitle: " + title + "\nissuer: 示例市科学技术局\nissued: "
                + issued + "\ncategory: 综合管理\n" + extra + "---\n\n# " + title + "\n\n");
        int article = 1;
        text.append("**第").append(ChineseNumber.of(article++)).append("条** 为了规范科技项目经费管理，制定本办法。\n\n");
        if (revised) {
            text.append("**第").append(ChineseNumber.of(article++)).append("条** 项目经费实行包干制试点，")
                    .append("试点范围由市科学技术局另行公布。\n\n");
        }
        text.append("**第").append(ChineseNumber.of(article++)).append("条** 项目承担单位应当按照下列要求管理经费：");
        for (int i = 1; i <= 60; i++) {
            text.append("第").append(i).append("项，项目承担单位应当").append(revised && i % 20 == 0 ? "在十个工作日内" : "及时")
                    .append("将经费使用情况、预算调剂情况和结余资金情况报送市科学技术局备案，并接受审计监督；");
        }
        text.append("有关表格见https://kjj.example.gov.cn/zchb/downloads/forms/2024/keji-xiangmu-jingfei-guanli-shenqingbiao-")
                .append("fujian-yi-zhi-fujian-shi.xlsx。\n\n");
        text.append("**第").append(ChineseNumber.of(article)).append("条** 本办法自发布之日起施行。\n");
        return text.toString();
    }

    @Test
    void longRowsBreakOverPagesUnderTheRepeatedHeaderAndLoseNothing() {
        List<String> pages = PdfTools.pages(pdf).stream().map(PdfTools::squeezed).toList();
        int first = -1;
        for (int i = 2; i < pages.size() && first < 0; i++) {
            if (pages.get(i).startsWith("附录修订对照")) {
                first = i;
            }
        }
        assertTrue(first > 0, "the appendix is printed");
        ComparisonColumns columns = ComparisonColumns.read(pdf, pages, first);
        assertTrue(columns.pages() >= 4, "a clause of 3,000 characters in a column runs over pages: " + columns.pages());
        assertEquals(PdfTools.squeezed(String.join("", ComparisonColumns.sourceLines(content.root().resolve(
                "policies/2023/sl-long.md")))), columns.before());
        assertEquals(PdfTools.squeezed(String.join("", ComparisonColumns.sourceLines(content.root().resolve(
                "policies/2024/sl-long-2024.md")))), columns.after());
        List<String> strays = TypeArea.of(ContentFolder.TEMPLATES.resolve("pdf/print.css")).strays(pdf);
        assertTrue(strays.isEmpty(), () -> "words outside the text block:\n" + String.join("\n", strays));
    }

    /** 一 to 十 for the few articles here. */
    private static final class ChineseNumber {
        static String of(int n) {
            return String.valueOf("一二三四五六七八九十".charAt(n - 1));
        }
    }
}
