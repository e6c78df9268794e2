package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Severity;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 16, item 9: each of these built with "no problems" (or printed a forged line) before. */
class SmallerHolesTest {
    @TempDir
    Path tmp;

    private static String policy(String id, String extra, String body) {
        return "---\nid: " + id + "\ntitle: 政策" + id + "\nissuer: 示例市科学技术局\nissued: 2023-05-01\n" + extra
                + "---\n\n" + body + "\n";
    }

    private static List<String> errors(ContentFolder content) {
        return content.printed(content.check()).stream().filter(l -> l.contains(": error: ")).toList();
    }

    @Test
    void supersededByCyclesAreErrorsNamingTheCycle() {
        ContentFolder content = ContentFolder.create(tmp)
                .write("policies/2023/a.md", policy("a", "superseded_by: b\n", "正文"))
                .write("policies/2023/b.md", policy("b", "superseded_by: a\n", "正文"))
                .write("policies/2023/c.md", policy("c", "superseded_by: d\n", "正文"))
                .write("policies/2023/d.md", policy("d", "superseded_by: e\n", "正文"))
                .write("policies/2023/e.md", policy("e", "superseded_by: c\n", "正文"))
                .write("policies/2023/f.md", policy("f", "superseded_by: c\n", "正文"));
        assertEquals(List.of(
                "content/policies/2023/a.md:6:16: error: superseded_by cycle [a → b → a]; expected a chain of revisions"
                        + " that ends at the newest policy",
                "content/policies/2023/c.md:6:16: error: superseded_by cycle [c → d → e → c]; expected a chain of"
                        + " revisions that ends at the newest policy"), errors(content));
    }

    @Test
    void categoriesAndIssuersDifferingOnlyInCaseAreErrors() {
        ContentFolder content = ContentFolder.create(tmp)
                .write("policies/2023/a.md", policy("a", "category: AI\n", "正文"))
                .write("policies/2023/b.md", policy("b", "category: ai\n", "正文"));
        assertEquals(List.of("content/policies/2023/b.md:6:11: error: category [ai] differs from [AI] only in case or"
                + " in characters a folder name cannot hold; both would be the folder ai/ on a case-insensitive file"
                + " system; expected one spelling [AI]"), errors(content));
    }

    @Test
    void unclosedAndStrayInlineTagsAreErrorsAtTheirPosition() {
        ContentFolder content = ContentFolder.create(tmp)
                .write("policies/2023/a.md", policy("a", "", "第一条 <b>加粗未闭合\n\n第二条 <i>对</i>，</b>多余\n\n"
                        + "第三条 <b>跨*强调 <i>斜</i>*</b> 正确"));
        assertEquals(List.of(
                "content/policies/2023/a.md:8:5: error: inline HTML tag not closed [<b>]; expected </b> in the same"
                        + " paragraph (a tag left open runs on into the rest of the page)",
                "content/policies/2023/a.md:10:14: error: inline HTML closing tag without its opening tag [</b>];"
                        + " expected tags opened and closed in order within one paragraph"), errors(content));
    }

    @Test
    void assetNamesAreUrlEncodedInLinksAndControlCharactersInNamesAreErrors() throws IOException {
        ContentFolder content = ContentFolder.create(tmp)
                .write("policies/2023/a.md", policy("a", "", "![图](../../assets/a%23b.png) [附件](../../assets/x%3Fy%20z.pdf)"));
        Path assets = Files.createDirectories(content.root().resolve("assets"));
        byte[] png = java.util.Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhf"
                + "DwAChwGA60e6kgAAAABJRU5ErkJggg==");
        Files.write(assets.resolve("a#b.png"), png);
        Files.writeString(assets.resolve("x?y z.pdf"), "%PDF-1.4\n%%EOF\n");
        BuildResult built = new CompendiumBuilder().build(content.request().build());
        assertTrue(built.published(), built.diagnostics().toString());
        String page = Files.readString(tmp.resolve("site-output/policies/a/index.html"), StandardCharsets.UTF_8);
        assertTrue(page.contains("src=\"../../assets/a%23b.png\""), page);
        assertTrue(page.contains("href=\"../../assets/x%3Fy%20z.pdf\""), page);
        assertTrue(Files.exists(tmp.resolve("site-output/assets/a#b.png")));

        Files.write(assets.resolve("e\nf.png"), png);
        List<String> printed = content.printed(content.check());
        assertEquals(List.of("content/assets/e\\nf.png: error: asset name holds a control character (a line feed, a"
                + " tab …) [assets/e\\nf.png]; expected a file name of visible characters: rename the file"),
                printed.stream().filter(l -> l.contains("error")).toList());
    }

    @Test
    void controlAndBidiCharactersInDiagnosticsAreEscaped() {
        Diagnostic d = new Diagnostic(Severity.ERROR, "policies/x\n[ERROR] forged.md", 3, 4,
                "bad value [a\rb\u202Ec\u0007]");
        String line = d.format(d.path());
        assertEquals("policies/x\\n[ERROR] forged.md:3:4: error: bad value [a\\rb\\u202Ec\\u0007]", line);
        assertEquals(1, line.lines().count());
    }

    @Test
    void utf16WithoutBomIsReportedAsUtf16() throws IOException {
        ContentFolder content = ContentFolder.create(tmp);
        Files.write(content.root().resolve("policies/2023/u.md"),
                policy("u", "", "第一条 正文。").getBytes(StandardCharsets.UTF_16LE));
        assertEquals(List.of("content/policies/2023/u.md:1:1: error: file is UTF-16 [UTF-16LE], not UTF-8; expected"
                + " UTF-8 text: save it as UTF-8 (in the editor's encoding menu, or `iconv -f UTF-16LE -t UTF-8`)"),
                errors(content));
    }
}
