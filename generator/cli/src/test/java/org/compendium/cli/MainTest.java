package org.compendium.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.compendium.core.kernel.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final Main main = new Main(new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));

    @Test
    void usageErrorsExitWithTwo() {
        assertEquals(2, main.run(new String[] {"publish"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown command [publish]; expected build, check, serve or new"));
        assertEquals(2, main.run(new String[] {"build", "--as-of", "2024-02-30"}));
    }

    @Test
    void serveDefaultsToLoopbackPort8000AndAnHtmlPreviewFolder() {
        CommandLine cli = CommandLine.parse(new String[] {"serve"});
        assertEquals("127.0.0.1", cli.host());
        assertEquals(8000, cli.port());
        assertEquals(java.util.Set.of(org.compendium.core.kernel.OutputFormat.HTML), cli.request().formats());
        assertEquals(Path.of("target/compendium-preview"), cli.request().outputDir());
        CommandLine other = CommandLine.parse(new String[] {"serve", "--host", "0.0.0.0", "--port", "0"});
        assertEquals("0.0.0.0", other.host());
        assertEquals(0, other.port());
        assertEquals(2, main.run(new String[] {"serve", "--port", "70000"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("invalid port [70000]"));
    }

    @Test
    void aBuildWithNothingChangedStopsAtOnceUnlessRebuildIsGiven(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("policies"));
        Files.writeString(content.resolve("compendium.yaml"), "title: t\npublisher: p\nbase_url: https://example.org/\n");
        Path policy = content.resolve("policies/a.md");
        Files.writeString(policy, "---\nid: a\ntitle: 甲\nissuer: 局\nissued: 2019-02-03\n---\n\n第一条 正文。\n");
        Path output = dir.resolve("site");
        Path templates = Path.of(System.getProperty("basedir", "."), "../../templates").toAbsolutePath().normalize();
        String[] build = {"build", "--content", content.toString(), "--output", output.toString(), "--formats", "html",
                "--templates", templates.toString()};
        assertEquals(0, main.run(build));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("; wrote " + output), err::toString);
        err.reset();
        assertEquals(0, main.run(build));
        String upToDate = err.toString(StandardCharsets.UTF_8);
        assertTrue(upToDate.endsWith("compendium: " + output + " is up to date (nothing changed since its build;"
                + " --rebuild to build anyway)" + System.lineSeparator()), upToDate);
        assertTrue(!upToDate.contains("wrote"), upToDate);
        err.reset();
        String[] rebuild = java.util.Arrays.copyOf(build, build.length + 1);
        rebuild[build.length] = "--rebuild";
        assertEquals(0, main.run(rebuild));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("; wrote " + output), err::toString);
        err.reset();
        Files.writeString(policy, Files.readString(policy) + "\n第二条 新增。\n");
        assertEquals(0, main.run(build));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("; wrote " + output), "an edit builds again");
        assertTrue(Files.readString(output.resolve("policies/a/index.html")).contains("新增"));
    }

    @Test
    void newWritesAPolicyFromItsTemplateAndRefusesItsIdAgain(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("policies"));
        Files.writeString(content.resolve("compendium.yaml"), "title: t\npublisher: 示例市科学技术局\nbase_url: https://example.org/\n");
        Path templates = Path.of(System.getProperty("basedir", "."), "../../templates").toAbsolutePath().normalize();
        String[] create = {"new", "policy", "--id", "sl-new-1", "--title", "示例市新办法", "--date", "2025-03-02",
                "--content", content.toString(), "--templates", templates.toString()};
        assertEquals(0, main.run(create), err::toString);
        Path written = content.resolve("policies/2025/sl-new-1.md");
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("compendium: wrote " + written), err::toString);
        assertTrue(Files.readString(written).startsWith("---\nid: sl-new-1\ntitle: 示例市新办法\nissuer: 示例市科学技术局\n"
                + "issued: 2025-03-02\n"));
        err.reset();
        assertEquals(1, main.run(create));
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("policies/2025/sl-new-1.md:2:5: error: id [sl-new-1] is already used by this file;"
                + " expected a new id for the new policy"), printed);
        assertTrue(printed.contains("compendium: 1 error, 0 warnings; nothing was written"), printed);
        err.reset();
        assertEquals(0, main.run(new String[] {"check", "--content", content.toString(), "--templates", templates.toString()}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("compendium: no problems"), err::toString);
        err.reset();
        assertEquals(2, main.run(new String[] {"new", "poster", "--id", "x", "--title", "y"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown kind of document [poster]; expected policy, note, summary"));
        assertEquals(2, main.run(new String[] {"new", "policy", "--id", "x"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("new policy needs --title"));
    }

    @Test
    void newWritesANoteForAPolicyAndASummaryForAYear(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("policies/2025"));
        Files.writeString(content.resolve("compendium.yaml"), "title: t\npublisher: 示例市科学技术局\nbase_url: https://example.org/\n");
        Files.writeString(content.resolve("policies/2025/sl-a.md"), "---\nid: sl-a\ntitle: 示例市办法\nissuer: 示例市科学技术局\n"
                + "issued: 2025-01-02\ncategory: 科技人才\n---\n\n# 示例市办法\n\n第一条 正文。\n");
        Path templates = Path.of(System.getProperty("basedir", "."), "../../templates").toAbsolutePath().normalize();
        String[] where = {"--content", content.toString(), "--templates", templates.toString()};
        assertEquals(0, main.run(concat(new String[] {"new", "note", "--id", "sl-a-jd", "--title", "《示例市办法》解读",
                "--policy", "sl-a", "--date", "2025-01-05"}, where)), err::toString);
        String note = Files.readString(content.resolve("interpretations/sl-a-jd.md"));
        assertTrue(note.contains("\ninterprets: sl-a\n") && note.contains("\nissued: 2025-01-05\n"), note);
        assertEquals(0, main.run(concat(new String[] {"new", "summary", "--id", "2025", "--title", "2025年度综述"}, where)),
                err::toString);
        assertTrue(Files.readString(content.resolve("summaries/2025.md")).startsWith("---\nyear: 2025\n"));
        err.reset();
        assertEquals(1, main.run(concat(new String[] {"new", "note", "--id", "sl-b-jd", "--title", "解读",
                "--policy", "sl-none"}, where)));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("no policy has the id [sl-none]"), err::toString);
        assertTrue(Files.notExists(content.resolve("interpretations/sl-b-jd.md")), "nothing is written");
        err.reset();
        assertEquals(0, main.run(concat(new String[] {"check"}, where)), err::toString);
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("compendium: no problems"), err::toString);
    }

    private static String[] concat(String[] first, String[] second) {
        String[] all = java.util.Arrays.copyOf(first, first.length + second.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void helpExitsWithZero() {
        assertEquals(0, main.run(new String[] {"--help"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("usage: compendium build|check"));
    }

    @Test
    void contentErrorsExitWithOneAndPrintCompilerStyleLines(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("policies"));
        Files.writeString(content.resolve("compendium.yaml"), "title: t\npublisher: p\nbase_url: https://example.org/\n");
        Files.writeString(content.resolve("policies/a.md"), "---\nid: a\ntitle: 甲\nissuer: 局\nissued: 2019-02-30\n---\n");
        int status = main.run(new String[] {"check", "--content", content.toString()});
        assertEquals(1, status);
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.contains("policies/a.md:5:9: error: invalid date [2019-02-30] in issued"), printed);
        assertTrue(printed.contains("compendium: 1 error, 0 warnings"), printed);
    }

    @Test
    void reportCitationsListsTitlesThatNameNoDocumentOfTheContent(@TempDir Path dir) throws IOException {
        Path content = dir.resolve("content");
        Files.createDirectories(content.resolve("policies"));
        Files.writeString(content.resolve("compendium.yaml"), "title: t\npublisher: p\nbase_url: https://example.org/\n");
        Files.writeString(content.resolve("policies/a.md"), "---\nid: a\ntitle: 示例市甲办法\nissuer: 局\nissued: 2019-02-03\n---\n\n"
                + "# 示例市甲办法\n\n第一条 根据《中华人民共和国促进科技成果转化法》和《示例市乙办法》，制定《示例市甲办法》。\n\n"
                + "见[《外部文件》](https://example.org/x)，`《代码》`。\n");
        Files.writeString(content.resolve("policies/b.md"), "---\nid: b\ntitle: 示例市乙办法\nissuer: 局\nissued: 2019-02-04\n---\n");
        assertEquals(0, main.run(new String[] {"check", "--content", content.toString()}));
        assertTrue(!err.toString(StandardCharsets.UTF_8).contains("info:"), "no report unless asked");
        err.reset();
        assertEquals(0, main.run(new String[] {"check", "--content", content.toString(), "--report", "citations"}));
        String printed = err.toString(StandardCharsets.UTF_8);
        java.util.List<String> infos = printed.lines().filter(l -> l.contains(": info: ")).toList();
        assertEquals(1, infos.size(), printed);
        assertTrue(infos.get(0).endsWith("policies/a.md:10:7: info: citation of a document that is not in the content"
                + " [《中华人民共和国促进科技成果转化法》]; it stays unlinked: add the document to content/ (or check the"
                + " title against the policy's title) to link it"), infos.get(0));
        assertTrue(printed.contains("compendium: no problems"), printed);
        assertEquals(2, main.run(new String[] {"check", "--report", "links"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("unknown report [links]; expected citations"));
    }
}
