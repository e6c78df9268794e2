package org.compendium.core.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Severity;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.lib.PersonIdent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Git provenance with real repositories made by JGit: a content folder committed in 2022 and corrected in
 * 2024 (最后更新, 更正记录, 内容更正 in the 2024 change report), a shallow clone and a copy without git.
 */
class GitProvenanceTest {
    private static final Path FIXTURE = ContentFolder.RESOURCES.resolve("fixtures/history/content");
    private static final String POLICY = "policies/2023/sl-kj-2023-02.md";

    @TempDir
    static Path tmp;
    static Path repo;

    @BeforeAll
    static void makeRepository() throws Exception {
        repo = tmp.resolve("repo");
        ContentFolder.copyTree(FIXTURE, repo.resolve("content"));
        try (Git git = Git.init().setDirectory(repo.toFile()).setInitialBranch("main").call()) {
            git.add().addFilepattern(".").call();
            commit(git, "收录2022年版政策文件", "2022-01-05T10:00:00+08:00");
            Path policy = repo.resolve("content").resolve(POLICY);
            String text = Files.readString(policy, StandardCharsets.UTF_8);
            String corrected = text.replace("上年度研发费用在50万元以上", "上年度研发费用在30万元以上");
            assertTrue(!corrected.equals(text), "the fixture has the text the correction changes");
            Files.writeString(policy, corrected, StandardCharsets.UTF_8);
            git.add().addFilepattern("content/" + POLICY).call();
            commit(git, "更正研发费用补助细则笔误", "2024-05-06T09:30:00+08:00");
        }
    }

    private static void commit(Git git, String subject, String when) throws Exception {
        PersonIdent who = new PersonIdent("编辑部", "bianji@example.gov.cn",
                java.time.OffsetDateTime.parse(when).toInstant(), ZoneId.of("Asia/Shanghai"));
        git.commit().setMessage(subject + "\n\n正文").setAuthor(who).setCommitter(who).setSign(false).call();
    }

    private static BuildResult build(Path content, Path out) {
        return new CompendiumBuilder().build(ChangeReportGoldenTest.request(content, out));
    }

    @Test
    void correctionsAreReadFromCommitsAndShownWithTheirDiff() throws IOException {
        Path out = tmp.resolve("out-git");
        BuildResult result = build(repo.resolve("content"), out);
        assertTrue(result.success(), result.diagnostics().toString());
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.severity() == Severity.INFO), result.diagnostics().toString());
        Document page = Jsoup.parse(out.resolve("policies/sl-kj-2023-02/index.html").toFile(), "UTF-8");
        assertEquals("最后更新：2024年5月6日", page.selectFirst("p.updated").text());
        var commits = page.select(".corrections .commit-list > li");
        assertEquals(2, commits.size(), commits.toString());
        assertTrue(commits.get(0).text().startsWith("2024年5月6日　更正研发费用补助细则笔误"), commits.get(0).text());
        assertEquals("3", commits.get(0).selectFirst("td.after ins").text());
        assertTrue(commits.get(1).text().contains("收录"), commits.get(1).text());
        String json2024 = Files.readString(out.resolve("changes-2024.json"), StandardCharsets.UTF_8);
        assertTrue(json2024.contains("\"corrected\": 1,"), json2024);
        assertTrue(json2024.contains("\"subject\": \"更正研发费用补助细则笔误\""), json2024);
        assertTrue(json2024.contains("\"date\": \"2024-05-06\""), json2024);
        String json2023 = Files.readString(out.resolve("changes-2023.json"), StandardCharsets.UTF_8);
        assertTrue(json2023.contains("\"corrected\": 0,"), json2023);
        Document year = Jsoup.parse(out.resolve("years/2024/index.html").toFile(), "UTF-8");
        assertTrue(year.selectFirst("#changes-corrected").text().equals("内容更正（1件）"));
    }

    @Test
    void theBooksName2024sCorrectionWithItsCommitAndPage() throws IOException {
        Path out = tmp.resolve("out-books");
        BuildResult result = new CompendiumBuilder().build(org.compendium.core.kernel.BuildRequest.builder(repo.resolve("content"))
                .outputDir(out).templatesDir(ContentFolder.TEMPLATES)
                .formats(java.util.EnumSet.of(org.compendium.core.kernel.OutputFormat.PDF, org.compendium.core.kernel.OutputFormat.EPUB))
                .editions(java.util.List.of(2024)).timestamp(Instant.parse("2025-07-01T00:00:00Z")).build());
        assertTrue(result.published(), result.diagnostics().toString());
        var pages = PdfTools.pages(out.resolve("downloads/compendium-2024.pdf")).stream().map(PdfTools::squeezed).toList();
        String changes = pages.stream().filter(p -> p.startsWith("本版变化")).findFirst().orElseThrow();
        var entry = java.util.regex.Pattern.compile("内容更正（1件）示例市企业研发费用补助实施细则（示科规〔2023〕2号）（见第(\\d+)页）"
                + "2024年5月6日“更正研发费用补助细则笔误”（新增0条、删除0条、修改1条）。").matcher(changes);
        assertTrue(entry.find(), changes);
        assertTrue(pages.get(Integer.parseInt(entry.group(1)) - 1).contains("发文字号示科规〔2023〕2号"), "the page starts the policy");
        assertTrue(changes.contains("内容更正1件"), "counted in the summary: " + changes);
        try (var zip = new java.util.zip.ZipFile(out.resolve("downloads/compendium-2024.epub").toFile())) {
            Document chapter = Jsoup.parse(new String(zip.getInputStream(zip.getEntry("EPUB/changes.xhtml")).readAllBytes(),
                    StandardCharsets.UTF_8), "", org.jsoup.parser.Parser.xmlParser());
            assertEquals("内容更正（1件）", chapter.selectFirst("#changes-corrected").text());
            assertEquals("policy-sl-kj-2023-02.xhtml", chapter.selectFirst("#changes-corrected + ul a").attr("href"));
        }
        assertEquals(java.util.List.of(), org.compendium.core.render.epub.EpubValidator.problems(
                out.resolve("downloads/compendium-2024.epub")));
    }

    @Test
    void theSameCommitGivesTheSameBytes() throws IOException {
        BuildResult a = build(repo.resolve("content"), tmp.resolve("again-a"));
        BuildResult b = build(repo.resolve("content"), tmp.resolve("again-b"));
        assertTrue(a.success() && b.success());
        Map<String, String> first = TreeDigest.of(tmp.resolve("again-a"));
        assertEquals(first, TreeDigest.of(tmp.resolve("again-b")));
    }

    @Test
    void aShallowCloneBuildsWithoutHistoryAndSaysSo() throws Exception {
        Path shallow = tmp.resolve("shallow");
        try (Git clone = Git.cloneRepository().setURI(repo.toUri().toString()).setDirectory(shallow.toFile())
                .setDepth(1).call()) {
            assertTrue(Files.exists(shallow.resolve(".git/shallow")));
        }
        Path out = tmp.resolve("out-shallow");
        BuildResult result = build(shallow.resolve("content"), out);
        assertTrue(result.success(), result.diagnostics().toString());
        var info = result.diagnostics().stream().filter(d -> d.severity() == Severity.INFO).toList();
        assertEquals(1, info.size(), result.diagnostics().toString());
        assertTrue(info.get(0).message().contains("shallow"), info.toString());
        Document page = Jsoup.parse(out.resolve("policies/sl-kj-2023-02/index.html").toFile(), "UTF-8");
        assertTrue(page.select(".corrections").isEmpty());
        assertTrue(page.select("p.updated").isEmpty());
    }

    @Test
    void aFolderOutsideGitIsToldApartWithoutJGit() throws IOException {
        Path plain = Files.createDirectories(tmp.resolve("plain-check/content/policies"));
        assertEquals(false, GitHistoryReader.inGitWorkTree(plain), "no .git above " + plain);
        assertEquals(true, GitHistoryReader.inGitWorkTree(repo.resolve("content/policies")), "a repository's folder");
        Path linked = Files.createDirectories(tmp.resolve("linked/content"));
        Files.writeString(linked.getParent().resolve(".git"), "gitdir: " + repo.resolve(".git") + "\n");
        assertEquals(true, GitHistoryReader.inGitWorkTree(linked), "a linked work tree's .git file");
        assertEquals(true, GitHistoryReader.inGitWorkTree(repo.resolve(".git")), "a repository itself");
    }

    @Test
    void withoutGitThePagesHaveNoHistory() throws IOException {
        Path copy = tmp.resolve("plain/content");
        ContentFolder.copyTree(FIXTURE, copy);
        BuildResult result = build(copy, tmp.resolve("out-plain"));
        assertTrue(result.success());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.severity() == Severity.INFO
                && d.message().contains("not in a git work tree")), result.diagnostics().toString());
        Document page = Jsoup.parse(tmp.resolve("out-plain/policies/sl-kj-2023-02/index.html").toFile(), "UTF-8");
        assertTrue(page.select(".corrections").isEmpty());
    }
}
