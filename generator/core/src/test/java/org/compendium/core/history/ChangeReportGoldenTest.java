package org.compendium.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.kernel.Severity;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden change reports over {@code fixtures/history/content} (three editions: a revision with renumbered
 * clauses, a repeal, an expiry), built from a copy without git history. {@code -Dgolden.update=true} rewrites.
 */
class ChangeReportGoldenTest {
    private static final Path FIXTURE = ContentFolder.RESOURCES.resolve("fixtures/history");

    @TempDir
    static Path tmp;
    static BuildResult result;

    @BeforeAll
    static void build() {
        ContentFolder.copyTree(FIXTURE.resolve("content"), tmp.resolve("content"));
        result = new CompendiumBuilder().build(request(tmp.resolve("content"), tmp.resolve("site")));
        assertTrue(result.success(), result.diagnostics().toString());
    }

    static org.compendium.core.kernel.BuildRequest request(Path content, Path out) {
        return org.compendium.core.kernel.BuildRequest.builder(content).outputDir(out).templatesDir(ContentFolder.TEMPLATES)
                .formats(java.util.EnumSet.of(org.compendium.core.kernel.OutputFormat.HTML))
                .timestamp(java.time.Instant.parse("2025-07-01T00:00:00Z")).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"changes-2022.json", "changes-2023.json", "changes-2024.json"})
    void changeReportMatchesGolden(String file) throws IOException {
        String actual = Files.readString(tmp.resolve("site").resolve(file), StandardCharsets.UTF_8);
        Path golden = FIXTURE.resolve("expected").resolve(file);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, file);
    }

    @Test
    void theYearPageIsTheEditionWithItsChangeReport() throws IOException {
        Document page = Jsoup.parse(tmp.resolve("site/years/2023/index.html").toFile(), "UTF-8");
        assertEquals("本版收录的政策文件（5件）", page.getElementById("edition-title").text());
        assertTrue(page.select(".edition-list a").eachText().contains("示例市科技创新券管理办法（试行）"));
        String changes = page.selectFirst("section.changes").text();
        assertTrue(changes.contains("废止（1件） 示例市众创空间管理暂行办法 示科〔2021〕5号　2023年6月30日废止（决定废止）"), changes);
        assertTrue(changes.contains("本版未核对内容更正（内容目录无 git 历史）"), changes);
        Document y2024 = Jsoup.parse(tmp.resolve("site/years/2024/index.html").toFile(), "UTF-8");
        String revised = y2024.selectFirst("#changes-revised + ul").text();
        assertTrue(revised.startsWith("示例市高新技术企业培育扶持办法 示科规〔2022〕7号 由 示例市高新技术企业培育扶持办法（2024年修订）"), revised);
        assertEquals("../../policies/sl-kj-2024-02/compare-sl-kj-2022-07.html",
                y2024.selectFirst("#changes-revised + ul a:contains(修订对照表)").attr("href"));
    }

    @Test
    void aContentFolderWithoutGitBuildsWithOneInfoLine() {
        assertEquals(1, result.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).count(),
                result.diagnostics().toString());
        assertEquals("no problems", result.summary());
    }

    @Test
    void theComparisonPageAlignsTheRenumberedClause() throws IOException {
        Document page = Jsoup.parse(tmp.resolve("site/policies/sl-kj-2024-02/compare-sl-kj-2022-07.html").toFile(), "UTF-8");
        var row = page.select("table.compare tr").stream().filter(r -> r.text().contains("研发投入补助")).toList();
        assertEquals(1, row.size(), row.toString());
        // Rewritten more than edited: each side is marked as a whole.
        assertTrue(row.get(0).selectFirst("td.before del").text().startsWith("（三）研发投入补助。"), row.toString());
        assertTrue(row.get(0).selectFirst("td.after ins").text().startsWith("（四）研发投入补助。"), row.toString());
        assertTrue(row.get(0).selectFirst("td.kind").text().contains("原二、（三），现二、（四）"), row.toString());
        assertEquals("新增3条、删除1条、修改9条", page.selectFirst(".compare-summary").text());
    }
}
