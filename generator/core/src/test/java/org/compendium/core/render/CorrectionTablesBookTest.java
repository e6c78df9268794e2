package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipFile;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.render.epub.EpubValidator;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.SimpleBookmark;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 内容更正 in the books: a git repository made with JGit holds {@code fixtures/history/content} committed in 2022 and
 * a policy corrected in 2024 (a character deleted, a phrase added, an item inserted). Edition 2024 prints the
 * correction's 对照表 in the appendix 修订对照 after the revision's, in the same table (修改前 / 修改后 / 说明, marks
 * seen on the rendered page), with the changed clauses only; 本版变化 gives its page; the EPUB's chapter holds it
 * and its navigation document gives every table of the appendix an entry of its own.
 */
class CorrectionTablesBookTest {
    private static final String POLICY = "policies/2023/sl-kj-2023-02.md";
    private static final String SUBJECT = "更正研发费用补助细则文字";
    /** The clauses the correction changes, as the 对照表 should show them: {-deleted-}, {+inserted+}. */
    private static final List<String> BEFORE = List.of(
            "第二条 本细则所称研发费用，是指企业按照国家财务会计制度规定归集{-、-}并已享受研发费用税前加计扣除政策的研究开发费用。",
            "（一）在本市依法登记注册并具有独立法人资格；");
    private static final List<String> AFTER = List.of(
            "第二条 本细则所称研发费用，是指企业按照国家财务会计制度规定归集并已享受研发费用税前加计扣除政策的研究开发费用。",
            "（一）在本市依法登记注册并具有独立法人资格{+，且纳税信用良好+}；",
            "{+（四）具有健全的研发费用辅助账。+}");

    @TempDir
    static Path tmp;
    static Path pdf;
    static Path epub;

    @BeforeAll
    static void build() throws Exception {
        Path repo = tmp.resolve("repo");
        ContentFolder.copyTree(ContentFolder.RESOURCES.resolve("fixtures/history/content"), repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit(git, "收录政策文件", "2022-01-05T10:00:00+08:00");
            Path policy = repo.resolve("content").resolve(POLICY);
            String text = Files.readString(policy, StandardCharsets.UTF_8);
            String corrected = text.replace("规定归集、并已享受", "规定归集并已享受")
                    .replace("独立法人资格；", "独立法人资格，且纳税信用良好；")
                    .replace("严重失信行为。\n", "严重失信行为。\n\n（四）具有健全的研发费用辅助账。\n");
            Files.writeString(policy, corrected, StandardCharsets.UTF_8);
            git.add().addFilepattern("content/" + POLICY).call();
            commit(git, SUBJECT, "2024-05-06T09:30:00+08:00");
        }
        Path out = tmp.resolve("out");
        BuildResult result = new CompendiumBuilder().build(BuildRequest.builder(repo.resolve("content")).outputDir(out)
                .templatesDir(ContentFolder.TEMPLATES).formats(EnumSet.of(OutputFormat.PDF, OutputFormat.EPUB))
                .editions(List.of(2024)).timestamp(Instant.parse("2025-07-01T00:00:00Z")).build());
        assertTrue(result.published(), result.diagnostics().toString());
        pdf = out.resolve("downloads/compendium-2024.pdf");
        epub = out.resolve("downloads/compendium-2024.epub");
    }

    private static void commit(Git git, String subject, String when) throws Exception {
        PersonIdent who = new PersonIdent("编辑部", "bianji@example.gov.cn", OffsetDateTime.parse(when).toInstant(),
                ZoneId.of("Asia/Shanghai"));
        git.commit().setMessage(subject).setAuthor(who).setCommitter(who).setSign(false).call();
    }

    // ---- PDF

    @Test
    void theChangesGiveTheCorrectionsTableWhoseColumnsHoldTheChangedClausesMarked() {
        List<String> pages = PdfTools.pages(pdf).stream().map(PdfTools::squeezed).toList();
        String changes = pages.stream().filter(p -> p.startsWith("本版变化")).findFirst().orElseThrow();
        Matcher entry = Pattern.compile("内容更正（1件）示例市企业研发费用补助实施细则（示科规〔2023〕2号）（见第\\d+页）"
                + "2024年5月6日“" + SUBJECT + "”（新增1条、删除0条、修改2条）。内容更正对照表见附录第(\\d+)页。").matcher(changes);
        assertTrue(entry.find(), changes);
        int table = Integer.parseInt(entry.group(1)) - 1;
        String page = pages.get(table);
        assertTrue(page.startsWith("附录修订对照") && page.contains("示例市企业研发费用补助实施细则内容更正对照表"
                + "示例市企业研发费用补助实施细则（示科规〔2023〕2号）"), page);
        assertTrue(page.contains("修改前：截至2023年12月31日（2023年版）的文本修改后：截至2024年12月31日（本版）的文本"
                + "更正记录：2024年5月6日“" + SUBJECT + "”新增1条、删除0条、修改2条修改前修改后说明"), page);
        PrintedMarks.Columns columns = PrintedMarks.read(pdf, pages, table, tmp.resolve("pages"));
        assertEquals(PrintedMarks.plain(BEFORE), PrintedMarks.text(columns.before()), "修改前: the changed clauses as they were");
        assertEquals(PrintedMarks.plain(AFTER), PrintedMarks.text(columns.after()), "修改后: the changed clauses as they are");
        assertEquals(List.of(), PrintedMarks.wrong(columns.before(), BEFORE), "修改前: characters not marked as expected");
        assertEquals(List.of(), PrintedMarks.wrong(columns.after(), AFTER), "修改后: characters not marked as expected");
    }

    @Test
    @SuppressWarnings("unchecked")
    void theContentsAndOutlineListTheCorrectionsTable() throws IOException {
        String contents = PdfTools.squeezed(PdfTools.pages(pdf).get(1));
        assertTrue(Pattern.compile("附录修订对照\\.+\\d+示例市高新技术企业培育扶持办法（2024年修订）修订对照表\\.+\\d+"
                + "示例市企业研发费用补助实施细则内容更正对照表\\.+\\d+索引").matcher(contents).find(), contents);
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            List<Map<String, Object>> parts = (List<Map<String, Object>>) SimpleBookmark.getBookmarkList(reader)
                    .getFirst().get("Kids");
            Map<String, Object> appendix = parts.stream().filter(k -> "附录　修订对照".equals(k.get("Title")))
                    .findFirst().orElseThrow();
            assertEquals(List.of("示例市高新技术企业培育扶持办法（2024年修订）修订对照表", "示例市企业研发费用补助实施细则内容更正对照表"),
                    ((List<Map<String, Object>>) appendix.get("Kids")).stream().map(k -> k.get("Title")).toList());
        }
    }

    // ---- EPUB

    @Test
    void theEpubChapterHoldsTheCorrectionsTableWithItsMarks() {
        Document changes = entry("EPUB/changes.xhtml");
        assertEquals(List.of("policy-sl-kj-2023-02.xhtml", "compare.xhtml#fix-sl-kj-2023-02"),
                changes.select("#changes-corrected + ul a").eachAttr("href"));
        Document compare = entry("EPUB/compare.xhtml");
        Element section = compare.getElementById("fix-sl-kj-2023-02");
        assertEquals("示例市企业研发费用补助实施细则内容更正对照表", section.selectFirst("h2").text());
        Element revision = compare.selectFirst("section.compare-pair");
        assertEquals(revision.select("thead th").eachText(), section.select("thead th").eachText(), "the same table");
        List<Element> rows = section.select("tbody tr");
        assertEquals(List.of("row-modified", "row-modified", "row-inserted"), rows.stream().map(Element::className).toList());
        assertEquals(plainLines(BEFORE), rows.stream().map(r -> r.selectFirst("td.c-before").text())
                .filter(t -> !t.isEmpty()).toList());
        assertEquals(plainLines(AFTER), rows.stream().map(r -> r.selectFirst("td.c-after").text()).toList());
        assertEquals(List.of("、"), section.select("td.c-before del").eachText());
        assertEquals(List.of("，且纳税信用良好", "（四）具有健全的研发费用辅助账。"), section.select("td.c-after ins").eachText());
    }

    @Test
    void eachTableOfTheAppendixHasItsOwnEntryInTheNavigationAndTheNcx() {
        Document nav = entry("EPUB/nav.xhtml");
        Element appendix = nav.select("nav#toc > ol > li").stream()
                .filter(li -> li.selectFirst("a").attr("href").equals("compare.xhtml")).findFirst().orElseThrow();
        List<String> expected = List.of("compare.xhtml#cmp-sl-kj-2022-07--sl-kj-2024-02", "compare.xhtml#fix-sl-kj-2023-02");
        assertEquals(expected, appendix.select("> ol > li > a").eachAttr("href"));
        assertEquals(List.of("示例市高新技术企业培育扶持办法（2024年修订）修订对照表", "示例市企业研发费用补助实施细则内容更正对照表"),
                appendix.select("> ol > li > a").eachText());
        Document compare = entry("EPUB/compare.xhtml");
        expected.forEach(href -> assertTrue(compare.getElementById(href.substring(href.indexOf('#') + 1)) != null, href));
        Document ncx = entry("EPUB/toc.ncx");
        Element point = ncx.select("navPoint").stream()
                .filter(p -> p.selectFirst("> content").attr("src").equals("compare.xhtml")).findFirst().orElseThrow();
        assertEquals(expected, point.select("> navPoint > content").eachAttr("src"));
        assertEquals(List.of(), EpubValidator.problems(epub));
    }

    // ---- helpers

    private static Document entry(String name) {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            return Jsoup.parse(new String(zip.getInputStream(zip.getEntry(name)).readAllBytes(), StandardCharsets.UTF_8),
                    "", Parser.xmlParser());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> plainLines(List<String> marked) {
        return marked.stream().map(l -> l.replaceAll("\\{[-+]|[-+]}", "")).toList();
    }
}
