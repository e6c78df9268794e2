package org.compendium.core.preview;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.kernel.Severity;
import org.compendium.core.testing.ContentFolder;
import org.compendium.corpus.CorpusGenerator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview's incremental rebuild gives exactly what a whole build gives: after each edit, every file
 * of the preview site (HTML, feed, sitemap, catalogue, search index) is compared byte for byte with a
 * fresh whole build of the same content, and the diagnostics with its diagnostics.
 */
class IncrementalEqualityTest {
    static final Instant TIME = Instant.parse("2025-01-01T00:00:00Z");
    static final Path TEMPLATES = ContentFolder.TEMPLATES;
    @TempDir
    Path tmp;
    Path content;
    PreviewBuilder preview;
    RebuildResult last;

    @BeforeEach
    void build() throws IOException {
        content = tmp.resolve("content");
        CorpusGenerator.generate(content, 120);
        preview = new PreviewBuilder(request(tmp.resolve("preview")), TIME);
        last = preview.build();
        assertTrue(last.success(), last.diagnostics()::toString);
        assertEqualsFullBuild("first build");
    }

    @Test
    void editingTheTextOfAPolicyRewritesItsPageOnly() throws IOException {
        String path = "policies/2016/xm-kj-2016-0013.md";
        RebuildResult r = edit(path, t -> t.replace("\n## 一、", "\n补充说明：本条为测试新增文字。\n\n## 一、")
                .replace("**第一条** ", "**第一条** 补充说明：本条为测试新增文字。"));
        assertFalse(r.full());
        assertTrue(r.written().contains("policies/xm-kj-2016-0013/index.html"), r.written()::toString);
        assertFalse(r.written().contains("policies/index.html"), r.written()::toString);
        assertEqualsFullBuild("text edit");
    }

    @Test
    void changingATitleRelinksItsCitations() throws IOException {
        String cited = citedPolicy();
        edit(cited, t -> t.replaceFirst("(?m)^title: (.*)$", "title: $1（新标题）"));
        assertEqualsFullBuild("title change");
        edit(cited, t -> t.replace("（新标题）", ""));
        assertEqualsFullBuild("title changed back");
    }

    @Test
    void datesThatChangeStatusAndOrderUpdateListsAndIndex() throws IOException {
        String path = "policies/2018/xm-kj-2018-0040.md";
        edit(path, t -> t.replaceFirst("(?m)^(issued: .*)$", "$1\nrepealed: 2020-03-01"));
        assertEqualsFullBuild("repealed");
        edit(path, t -> t.replace("repealed: 2020-03-01\n", "").replaceAll("(?m)^expires: .*\n", "")
                .replaceFirst("(?m)^issued: (\\d{4})-(\\d\\d)-(\\d\\d)$", "issued: $1-01-01\neffective: 2030-01-01"));
        assertEqualsFullBuild("issued and effective");
        edit("policies/2017/xm-kj-2017-0030.md", t -> t.replaceFirst("(?m)^(issued: .*)$",
                "$1\nsuperseded_by: xm-kj-2019-0050"));
        assertEqualsFullBuild("superseded_by");
    }

    @Test
    void addingAndRemovingALinkUpdatesBothEnds() throws IOException {
        String path = "policies/2020/xm-kj-2020-0070.md";
        String link = "\n参照[另一项政策](../2015/xm-kj-2015-0001.md)执行。\n";
        edit(path, t -> t + link);
        assertEqualsFullBuild("link added");
        edit(path, t -> t.replace(link, ""));
        assertEqualsFullBuild("link removed");
    }

    @Test
    void editingANoteUpdatesItsPolicyMarkers() throws IOException {
        Path note;
        try (Stream<Path> notes = Files.list(content.resolve("interpretations"))) {
            note = notes.sorted().findFirst().orElseThrow();
        }
        String path = "interpretations/" + note.getFileName();
        edit(path, t -> t.replace("## 三、常见问题", "## 三、常见问题\n\n另见[本政策](" + policyLinkOf(t) + ")。")
                .replaceFirst("(?m)^form: .*$", "form: 问答"));
        assertEqualsFullBuild("note edited");
    }

    @Test
    void anErrorKeepsTheLastGoodSiteAndTheFixCatchesUp() throws IOException {
        String path = "policies/2019/xm-kj-2019-0055.md";
        Map<String, byte[]> good = files(tmp.resolve("preview"));
        RebuildResult broken = edit(path, t -> t.replaceFirst("(?m)^issued: .*$", "issued: 2019-02-30"));
        assertFalse(broken.success());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.isError() && d.path().equals(path)),
                broken.diagnostics()::toString);
        assertSameFiles(good, files(tmp.resolve("preview")), "last good site");
        edit("policies/2015/xm-kj-2015-0002.md", t -> t + "\n另有补充。\n");
        edit(path, t -> t.replace("issued: 2019-02-30", "issued: 2019-02-28"));
        assertEqualsFullBuild("fixed");
    }

    @Test
    void editingTheTextOfANoteUpdatesItsPolicyMarkers() throws IOException {
        String path = firstNote();
        edit(path, t -> t.replace("## 三、常见问题", "另见[同一条款](" + clauseLinkOf(t) + ")的说明。\n\n## 三、常见问题"));
        assertEqualsFullBuild("note text edited");
        edit(path, t -> t.replace("## 一、出台背景", "## 一、出台背景\n\n补充说明。"));
        assertEqualsFullBuild("note text edited again");
    }

    @Test
    void addingAClauseRelinksTheDocumentsThatLinkToIt() throws IOException {
        String note = Files.readString(content.resolve(firstNote()), StandardCharsets.UTF_8);
        String policy = "policies/" + policyLinkOf(note).substring("../policies/".length());
        edit(policy, t -> t + "\n**第九十九条** 新增条款。\n\n## 九、新增部分\n\n新增内容。\n");
        assertEqualsFullBuild("clause added");
        edit(policy, t -> t.replace("\n**第九十九条** 新增条款。\n\n## 九、新增部分\n\n新增内容。\n", ""));
        assertEqualsFullBuild("clause removed");
    }

    @Test
    void aBrokenLinkInTheTextIsReportedAsAWholeBuildReportsIt() throws IOException {
        String path = "policies/2021/xm-kj-2021-0080.md";
        String link = "\n参照[不存在的政策](../2015/xm-kj-2015-9999.md)执行。\n";
        RebuildResult broken = edit(path, t -> t + link);
        assertFalse(broken.success());
        assertEquals(new CompendiumBuilder().build(request(tmp.resolve("full"))).diagnostics(), broken.diagnostics());
        edit(path, t -> t.replace(link, ""));
        assertEqualsFullBuild("link fixed");
    }

    private String firstNote() throws IOException {
        try (Stream<Path> notes = Files.list(content.resolve("interpretations"))) {
            return "interpretations/" + notes.sorted().findFirst().orElseThrow().getFileName();
        }
    }

    private static String clauseLinkOf(String note) {
        int start = note.indexOf("](../policies/") + 2;
        return note.substring(start, note.indexOf(")", start));
    }

    private String citedPolicy() throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("policies"))) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                String title = Files.readString(f).lines().filter(l -> l.startsWith("title: ")).findFirst()
                        .orElseThrow().substring(7);
                if (anyMentions("《" + title + "》", f)) {
                    return content.relativize(f).toString().replace('\\', '/');
                }
            }
        }
        throw new AssertionError("no cited policy in the corpus");
    }

    private boolean anyMentions(String text, Path except) throws IOException {
        try (Stream<Path> files = Files.walk(content.resolve("policies"))) {
            return files.filter(Files::isRegularFile).filter(f -> !f.equals(except)).anyMatch(f -> {
                try {
                    return Files.readString(f).contains(text);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }

    private static String policyLinkOf(String note) {
        int start = note.indexOf("](../policies/") + 2;
        return note.substring(start, note.indexOf(".md", start) + 3);
    }

    RebuildResult edit(String path, UnaryOperator<String> change) throws IOException {
        Path file = content.resolve(path);
        String before = Files.readString(file, StandardCharsets.UTF_8);
        String after = change.apply(before);
        assertFalse(before.equals(after), "the edit of " + path + " changed nothing");
        Files.writeString(file, after, StandardCharsets.UTF_8);
        last = preview.update(Set.of(path), false);
        return last;
    }

    void assertEqualsFullBuild(String step) throws IOException {
        Path full = tmp.resolve("full");
        BuildResult expected = new CompendiumBuilder().build(request(full));
        assertTrue(last.success(), step + ": " + last.diagnostics());
        // The whole build's note that the content has no git history is not repeated by the preview.
        assertEquals(expected.diagnostics().stream().filter(d -> d.severity() != org.compendium.core.kernel.Severity.INFO)
                .toList(), last.diagnostics(), step + ": the same diagnostics");
        assertSameFiles(files(full), files(tmp.resolve("preview")), step);
    }

    static void assertSameFiles(Map<String, byte[]> expected, Map<String, byte[]> actual, String step) {
        assertEquals(expected.keySet(), actual.keySet(), step + ": the same files");
        expected.forEach((file, bytes) -> assertArrayEquals(bytes, actual.get(file), step + ": " + file));
    }

    static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                out.put(root.relativize(f).toString().replace('\\', '/'), Files.readAllBytes(f));
            }
        }
        return out;
    }

    BuildRequest request(Path out) {
        return BuildRequest.builder(content).outputDir(out).templatesDir(TEMPLATES)
                .formats(EnumSet.of(OutputFormat.HTML)).timestamp(TIME).build();
    }
}
