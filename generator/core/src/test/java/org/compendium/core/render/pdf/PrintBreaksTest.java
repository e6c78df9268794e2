package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Page and line breaks at a page foot, read back with {@code pdftotext -bbox}. Each case is a policy of its own
 * (each starts a page) with 10 to {@value #MOST} one-line articles before what is tested, so that in one case or
 * another it falls at the foot of the first page, whatever the exact heights: a table whose header row must not
 * end a page alone (and is repeated on the next page), a part title ({@code # 第二部分}) that must not end a page,
 * table cells holding long URLs that must break only after {@code / . ? & = -} and stay inside the text block, rows
 * that are never split.
 */
class PrintBreaksTest {
    private static final int FEWEST = 10;
    private static final int MOST = 21;
    private static final String HEAD = "项目名称";
    private static final String PART = "第二部分";
    private static final List<String> URLS = List.of(
            "https://kjj.example.gov.cn/zchb/downloads/attachments/2023/project-application-guide.pdf?version=2&lang=zh-CN",
            "https://www.example.gov.cn/services/online-declaration/high-tech-enterprise/index.html?from=compendium",
            "http://data.example.org/api/v2/policies/search?issuer=science-and-technology-bureau&year=2023&page=12");
    @TempDir
    static Path temp;
    static Path pdf;
    static BuildResult result;
    static TypeArea area;

    @BeforeAll
    static void build() {
        ContentFolder content = ContentFolder.create(temp);
        for (int n = FEWEST; n <= MOST; n++) {
            content.write("policies/2023/sl-table-" + n + ".md", policy("sl-table-" + n, "附表压力测试办法" + n, 100 + n, n,
                    table()));
            content.write("policies/2023/sl-part-" + n + ".md", policy("sl-part-" + n, "分部压力测试办法" + n, 200 + n, n,
                    "# 第二部分　附表说明\n\n" + "本部分说明附表的填写方法，各项内容应当如实填写，不得遗漏，并由申报单位负责人签字确认后报送。".repeat(3)
                            + "\n"));
        }
        content.write("summaries/2023.md", "---\nyear: 2023\ntitle: 2023年度分页测试综述\n---\n\n# 2023年度分页测试综述\n\n分页测试。\n");
        Path out = temp.resolve("out");
        BuildRequest request = BuildRequest.builder(content.root()).outputDir(out).templatesDir(ContentFolder.TEMPLATES)
                .formats(EnumSet.of(OutputFormat.PDF)).editions(List.of(2023)).timestamp(DemoEditions.TIME).build();
        result = new CompendiumBuilder().build(request);
        pdf = PdfRenderer.file(out, 2023);
        area = TypeArea.of(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET));
    }

    private static String policy(String id, String title, int number, int articles, String tail) {
        StringBuilder text = new StringBuilder("---\nid: " + id + "\ntitle: " + title + "\ndoc_number: 示科规〔2023〕"
                + number + "号\nissuer: 示例市科学技术局\nissued: 2023-05-01\ncategory: 综合管理\n---\n\n# " + title
                + "\n\n");
        for (int i = 1; i <= articles; i++) {
            text.append("本条为第").append(i).append("行填充文字，把后面的内容推向页脚。\n\n");
        }
        return text.append(tail).toString();
    }

    private static String table() {
        StringBuilder t = new StringBuilder("| 序号 | " + HEAD + " | 网上办理地址 |\n|---|---|---|\n");
        for (int row = 1; row <= 6; row++) {
            t.append("| R").append(row).append(" | 高新技术企业认定申报第").append(row).append("批 | ")
                    .append(URLS.get(row % URLS.size())).append(" |\n");
        }
        return t + "\n表后说明文字。\n";
    }

    private static List<TypeArea.Page> pages() {
        return TypeArea.pages(pdf, false);
    }

    private List<TypeArea.Word> body(TypeArea.Page page) {
        return page.words().stream().filter(w -> area.inBody(page, w)).toList();
    }

    @Test
    void buildsWithoutProblems() {
        assertTrue(result.published() && result.diagnostics().stream().allMatch(Diagnostic::isInfo),
                () -> result.diagnostics().toString());
    }

    /**
     * On every page that holds a table's header row, a row of the table's body follows it on the same page; a
     * table that goes on over a page break prints its header row again at the top of the next page.
     */
    @Test
    void aTableHeaderRowNeverEndsAPageAlone() {
        List<String> alone = new ArrayList<>();
        int heads = 0;
        int repeated = 0;
        for (TypeArea.Page page : pages()) {
            List<TypeArea.Word> words = body(page);
            for (TypeArea.Word head : words.stream().filter(w -> w.text().equals(HEAD)).toList()) {
                heads++;
                boolean rowBelow = words.stream().anyMatch(w -> w.text().matches("R\\d") && w.yMin() > head.yMax());
                if (!rowBelow) {
                    alone.add("p." + page.number() + ": the header row ends the page");
                }
                boolean continued = words.stream().noneMatch(w -> w.yMax() < head.yMin() - 1);
                boolean firstRow = words.stream().anyMatch(w -> w.text().equals("R1"));
                if (continued && !firstRow) {
                    repeated++;
                }
            }
        }
        assertTrue(heads >= MOST - FEWEST + 1, "expected a header row for each table, found " + heads);
        assertTrue(repeated >= 1, "expected a table over a page break with its header repeated");
        assertEquals(List.of(), alone);
    }

    /**
     * A row that fits on a page is never split: its label (R1, a short cell) lies on the same page as the first
     * line of its URL, the row's tallest cell (a short cell must not stay behind at the page foot while the others
     * go on to the next page).
     */
    @Test
    void aRowIsNeverSplitOverPages() {
        List<String> split = new ArrayList<>();
        int rows = 0;
        for (TypeArea.Page page : pages()) {
            List<TypeArea.Word> words = body(page);
            for (TypeArea.Word label : words.stream().filter(w -> w.text().matches("R\\d")).toList()) {
                rows++;
                boolean url = words.stream().anyMatch(w -> w.text().startsWith("http")
                        && Math.abs(w.yMin() - label.yMin()) < 30);
                if (!url) {
                    split.add("p." + page.number() + ": row " + label.text() + " without its URL");
                }
            }
        }
        assertEquals(6 * (MOST - FEWEST + 1), rows, "expected every row once");
        assertEquals(List.of(), split);
    }

    @Test
    void aPartTitleNeverEndsAPage() {
        List<String> found = new ArrayList<>();
        int titles = 0;
        for (TypeArea.Page page : pages()) {
            List<TypeArea.Word> words = body(page);
            for (TypeArea.Word title : words.stream().filter(w -> w.text().equals(PART)).toList()) {
                titles++;
                if (words.stream().noneMatch(w -> w.yMin() > title.yMax())) {
                    found.add("p." + page.number() + " ends with " + PART);
                }
            }
        }
        assertEquals(MOST - FEWEST + 1, titles, "expected each part title once");
        assertEquals(List.of(), found);
    }

    /** Every word lies inside the text block: no URL in a narrow cell runs past the cell or the page. */
    @Test
    void everyWordLiesInsideTheTextBlock() {
        List<String> strays = area.strays(pdf);
        assertTrue(strays.isEmpty(), () -> strays.size() + " words outside the text block:\n" + String.join("\n", strays));
    }

    /**
     * A URL in a table cell breaks only after / . ? & = - (or _ # ~), never inside a word: each of its lines
     * (read back left to right) ends with one of those characters, except its last.
     */
    @Test
    void aUrlInACellBreaksOnlyAtItsPunctuation() {
        List<String> found = new ArrayList<>();
        int broken = 0;
        String text = PdfTools.run("pdftotext", "-layout", "-enc", "UTF-8", pdf.toString(), "-");
        for (String line : text.split("\n")) {
            for (String piece : line.strip().split("\\s+")) {
                String url = urlPiece(piece);
                if (url.isEmpty()) {
                    continue;
                }
                boolean whole = URLS.contains(url);
                boolean last = URLS.stream().anyMatch(u -> u.endsWith(url) && !u.startsWith(url));
                if (!whole && !last) {
                    broken++;
                    if ("/.?&=-_#~".indexOf(url.charAt(url.length() - 1)) < 0) {
                        found.add(url);
                    }
                }
            }
        }
        assertTrue(broken >= 6, "expected the URLs to be broken over lines, found " + broken + " broken lines");
        assertEquals(List.of(), found, "URL lines that end inside a word");
    }

    /** A part of a line that is a piece of one of the URLs, or "". */
    private static String urlPiece(String piece) {
        String p = piece.strip();
        if (p.length() < 4) {
            return "";
        }
        return URLS.stream().anyMatch(u -> u.contains(p)) ? p : "";
    }
}
