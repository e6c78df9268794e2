package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.render.epub.EpubValidator;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;

/**
 * 本版变化 and the appendix 修订对照 of the demo's editions, read back from the PDF (pdftotext, the two columns of
 * the 对照表 cropped apart) and the EPUB (jsoup): the entries of the change report, page references that lead to
 * the policies and the 对照表, every character of both versions' Markdown in its column, and the ins/del marks.
 * Built from a copy of content/ outside git, so no 内容更正 depends on the repository's commits.
 */
class EditionChangesBookTest {
    private static final String OLD = "policies/2022/sl-kj-2022-07.md";
    private static final String NEW = "policies/2024/sl-kj-2024-02.md";
    @TempDir
    static Path tmp;
    static Path content;
    static Path downloads;

    @BeforeAll
    static void build() {
        content = tmp.resolve("content");
        ContentFolder.copyTree(ContentFolder.PROJECT.resolve("content"), content);
        BuildRequest request = BuildRequest.builder(content).outputDir(tmp.resolve("out"))
                .templatesDir(ContentFolder.TEMPLATES).formats(EnumSet.of(OutputFormat.PDF, OutputFormat.EPUB))
                .timestamp(Instant.parse("2025-06-30T08:00:00Z")).build();
        BuildResult result = new CompendiumBuilder().build(request);
        assertTrue(result.published(), () -> result.diagnostics().toString());
        downloads = tmp.resolve("out/downloads");
    }

    // ---- PDF: 本版变化

    @Test
    void pdfChangesFollowThePrefaceAndAreInTheContents() {
        List<String> pages = pages(2024);
        int changes = pageHeaded(pages, "本版变化");
        assertTrue(pages.get(changes - 1).startsWith("序言"), "the page before is the preface's");
        Matcher toc = Pattern.compile("本版变化\\.{3,}(\\d+)").matcher(pages.get(1));
        assertTrue(toc.find(), pages.get(1));
        assertEquals(changes + 1, Integer.parseInt(toc.group(1)), "the contents give its page");
    }

    @Test
    void pdfChangesName2024sAdditionsRevisionAndExpiryWithPages() {
        List<String> pages = pages(2024);
        String section = pages.get(pageHeaded(pages, "本版变化"));
        // Outside git: no 内容更正 count, and a line says why.
        assertTrue(section.contains("与2023年版（截至2023年12月31日，5件）相比，本版（截至2024年12月31日）收录5件：新增1件，修订1件，"
                + "废止0件，失效1件，未变化3件。本版未核对内容更正"), section);
        int added = pageOf(section, "新增（1件）关于加快集聚高层次科技人才的实施意见（示人才办〔2024〕6号）");
        assertTrue(pages.get(added - 1).contains("发文字号示人才办〔2024〕6号"), "page " + added + " starts the policy");
        int revised = pageOf(section, "修订（1件）示例市高新技术企业培育扶持办法（示科规〔2022〕7号）由示例市高新技术企业培育扶持办法（2024年修订）（示科规〔2024〕2号）");
        assertTrue(pages.get(revised - 1).contains("发文字号示科规〔2024〕2号"), "page " + revised + " starts the revision");
        Matcher appendix = Pattern.compile("修订对照表（新增(\\d+)条、删除(\\d+)条、修改(\\d+)条）见附录第(\\d+)页").matcher(section);
        assertTrue(appendix.find(), section);
        String table = pages.get(Integer.parseInt(appendix.group(4)) - 1);
        assertTrue(table.contains("示例市高新技术企业培育扶持办法（2024年修订）修订对照表"), table);
        assertTrue(table.contains("新增" + appendix.group(1) + "条、删除" + appendix.group(2) + "条、修改" + appendix.group(3) + "条"),
                "the same summary over the table");
        assertTrue(section.contains("失效（1件）示例市科技创新券管理办法（试行）（示科规〔2022〕11号）有效期至2023年12月31日届满。"),
                "an expired policy, not in this edition, without a page: " + section);
    }

    @Test
    void pdfChangesOf2023NameTheRepealAnd2022IsTheFirstEdition() {
        List<String> pages = pages(2023);
        String section = pages.get(pageHeaded(pages, "本版变化"));
        assertTrue(section.contains("废止（1件）示例市众创空间管理暂行办法（示科〔2021〕5号）2023年6月30日决定废止。"), section);
        assertFalse(pages.get(1).contains("修订对照"), "no revision first appears in 2023: " + pages.get(1));
        List<String> first = pages(2022);
        assertTrue(first.get(pageHeaded(first, "本版变化")).contains("2022年版是第一版汇编，收录截至2022年12月31日现行有效的政策文件"));
    }

    // ---- PDF: 附录　修订对照

    @Test
    void pdfComparisonColumnsHoldBothVersionsCharacterForCharacter() {
        Path pdf = downloads.resolve("compendium-2024.pdf");
        List<String> pages = pages(2024);
        ComparisonColumns columns = ComparisonColumns.read(pdf, pages, pageHeaded(pages, "附录修订对照"));
        assertTrue(columns.pages() >= 2, "the demo's table runs over pages: " + columns.pages());
        assertEquals(PdfTools.squeezed(String.join("", clauses(OLD))), columns.before(),
                "修改前 holds the old version's text, every character in order");
        assertEquals(PdfTools.squeezed(String.join("", clauses(NEW))), columns.after(),
                "修改后 holds the new version's text, every character in order");
    }

    @Test
    @SuppressWarnings("unchecked")
    void pdfAppendixHasItsLegendAndIsInContentsAndOutline() throws IOException {
        List<String> pages = pages(2024);
        int appendix = pageHeaded(pages, "附录修订对照");
        assertTrue(pages.get(appendix).contains("删除的文字加删除线，新增的文字加下划线"), pages.get(appendix));
        Matcher toc = Pattern.compile("附录修订对照\\.{3,}(\\d+)").matcher(pages.get(1));
        assertTrue(toc.find(), pages.get(1));
        assertEquals(appendix + 1, Integer.parseInt(toc.group(1)));
        try (PdfReader reader = new PdfReader(downloads.resolve("compendium-2024.pdf").toString())) {
            Map<String, Object> book = SimpleBookmark.getBookmarkList(reader).getFirst();
            List<Map<String, Object>> parts = (List<Map<String, Object>>) book.get("Kids");
            List<Object> titles = parts.stream().map(k -> k.get("Title")).toList();
            assertEquals(titles.indexOf("序言") + 1, titles.indexOf("本版变化"), titles.toString());
            Map<String, Object> mark = parts.stream().filter(k -> "附录　修订对照".equals(k.get("Title"))).findFirst()
                    .orElseThrow(() -> new AssertionError(titles.toString()));
            Map<String, Object> table = ((List<Map<String, Object>>) mark.get("Kids")).getFirst();
            assertEquals("示例市高新技术企业培育扶持办法（2024年修订）修订对照表", table.get("Title"));
            assertTrue(((String) table.get("Page")).startsWith((appendix + 1) + " "), table.toString());
        }
    }

    // ---- EPUB

    @Test
    void epubChangesChapterFollowsThePrefaceAndLinksIntoTheBook() {
        Map<String, String> epub = unzip(2024);
        Document opf = xml(epub, "EPUB/package.opf");
        List<String> spine = opf.select("spine > itemref").eachAttr("idref");
        assertEquals(spine.indexOf("preface") + 1, spine.indexOf("changes"), spine.toString());
        assertEquals(spine.indexOf("guide") + 1, spine.indexOf("compare"), spine.toString());
        List<String> nav = xml(epub, "EPUB/nav.xhtml").select("nav[epub:type=toc] > ol > li > a").eachAttr("href");
        assertTrue(nav.contains("changes.xhtml") && nav.contains("compare.xhtml"), nav.toString());
        Document changes = xml(epub, "EPUB/changes.xhtml");
        assertEquals("本版变化", changes.selectFirst("h1").text());
        assertEquals(List.of("新增（1件）", "修订（1件）", "失效（1件）"), changes.select("h2").eachText());
        Document compare = xml(epub, "EPUB/compare.xhtml");
        List<String> links = changes.select("a").eachAttr("href");
        assertEquals(List.of("policy-sl-kj-2024-06.xhtml", "policy-sl-kj-2024-02.xhtml",
                "compare.xhtml#cmp-sl-kj-2022-07--sl-kj-2024-02"), links);
        for (String link : links) {
            String[] parts = link.split("#");
            assertTrue(epub.containsKey("EPUB/" + parts[0]), link);
            if (parts.length > 1) {
                assertTrue(compare.getElementById(parts[1]) != null, link);
            }
        }
        assertTrue(changes.select("li").eachText().stream().anyMatch(t -> t.startsWith("示例市科技创新券管理办法（试行）（示科规〔2022〕11号）")
                && t.endsWith("有效期至2023年12月31日届满。")), changes.text());
    }

    @Test
    void epubComparisonRowsAreTheClausesWithTheirMarks() {
        Document compare = xml(unzip(2024), "EPUB/compare.xhtml");
        List<Element> rows = compare.select("table.compare-table tbody tr");
        assertEquals(clauses(OLD), rows.stream().map(r -> r.selectFirst("td.c-before").text())
                .filter(t -> !t.isEmpty()).toList(), "修改前: the old version's clauses, whole and in order");
        assertEquals(clauses(NEW), rows.stream().map(r -> r.selectFirst("td.c-after").text())
                .filter(t -> !t.isEmpty()).toList(), "修改后: the new version's clauses, whole and in order");
        int modified = 0;
        for (Element row : rows) {
            Element before = row.selectFirst("td.c-before");
            Element after = row.selectFirst("td.c-after");
            assertTrue(before.select("ins").isEmpty() && after.select("del").isEmpty(), row.outerHtml());
            switch (row.className()) {
                case "row-modified" -> {
                    modified++;
                    assertFalse(before.select("del").isEmpty() && after.select("ins").isEmpty(), row.outerHtml());
                    assertEquals(without(before, "del"), without(after, "ins"),
                            "what neither deleted nor inserted is the text both versions share");
                }
                case "row-inserted" -> assertEquals(after.text(), after.select("ins").text(), row.outerHtml());
                case "row-deleted" -> assertEquals(before.text(), before.select("del").text(), row.outerHtml());
                case "row-unchanged" -> assertEquals(before.text(), after.text());
                default -> throw new AssertionError(row.className());
            }
        }
        assertTrue(compare.select("tr.row-modified td.c-before del").eachText().contains("一年以上"), "a deleted phrase");
        assertEquals("新增" + compare.select("tr.row-inserted").size() + "条、删除" + compare.select("tr.row-deleted").size()
                + "条、修改" + modified + "条", compare.selectFirst(".compare-summary").text());
        Element renumbered = compare.select("tr.row-modified").stream()
                .filter(r -> r.selectFirst("td.c-kind").text().contains("原二、（三）")).findFirst().orElseThrow();
        assertTrue(renumbered.selectFirst("td.c-kind").text().contains("现二、（四）"), renumbered.outerHtml());
        assertTrue(renumbered.selectFirst("td.c-after").text().startsWith("（四）研发投入补助"));
        Element legend = compare.selectFirst(".compare-legend");
        assertTrue(legend.selectFirst("del") != null && legend.selectFirst("ins") != null, "the legend shows both marks");
    }

    @Test
    void epubsPassEpubCheck() {
        for (int year : List.of(2022, 2023, 2024)) {
            assertEquals(List.of(), EpubValidator.problems(downloads.resolve("compendium-" + year + ".epub")), "" + year);
        }
    }

    // ---- helpers

    static List<String> clauses(String path) {
        return ComparisonColumns.sourceLines(content.resolve(path));
    }

    private static String without(Element cell, String mark) {
        Element copy = cell.clone();
        copy.select(mark).remove();
        return copy.text();
    }

    private static List<String> pages(int year) {
        return PdfTools.pages(downloads.resolve("compendium-" + year + ".pdf")).stream().map(PdfTools::squeezed).toList();
    }

    /** The first page after the contents whose running header is {@code head} (0-based). */
    private static int pageHeaded(List<String> pages, String head) {
        for (int i = 2; i < pages.size(); i++) {
            if (pages.get(i).startsWith(head)) {
                return i;
            }
        }
        throw new AssertionError("no page headed " + head);
    }

    /** The page number of the （见第N页） right after {@code entry}. */
    private static int pageOf(String section, String entry) {
        Matcher m = Pattern.compile(Pattern.quote(entry) + "（见第(\\d+)页）").matcher(section);
        assertTrue(m.find(), entry + " with its page in " + section);
        return Integer.parseInt(m.group(1));
    }

    private static Map<String, String> unzip(int year) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(downloads.resolve("compendium-" + year + ".epub")))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }

    private static Document xml(Map<String, String> epub, String entry) {
        assertTrue(epub.containsKey(entry), entry);
        return Jsoup.parse(epub.get(entry), "", Parser.xmlParser());
    }
}
