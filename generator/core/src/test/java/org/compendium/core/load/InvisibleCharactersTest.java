package org.compendium.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bidirectional controls and other invisible format characters (issue 16, "Trojan Source"): a right-to-left
 * override makes 第一条, U+202E, 元万十 show as 第一条十万元, so the text published would read differently from the text
 * stored and compared. Each is an error at its file:line:col, in the body, in a front-matter value and in an
 * asset's name.
 */
class InvisibleCharactersTest {
    private static final String FRONT = "---\nid: inv\ntitle: 隐形字符\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n";
    private static final String EXPECTED = "; expected visible text only (delete it: the text shown would differ from"
            + " the text stored";
    private static final String REORDERS = ", as this character changes the order in which the text around it is shown)";
    @TempDir
    Path tmp;

    private List<String> check(ContentFolder content) {
        return content.printed(content.check()).stream().filter(s -> !s.startsWith("compendium:")).toList();
    }

    @Test
    void bidiControlsZeroWidthAndTagCharactersInTheBodyAreErrorsAtTheirPositions() {
        String body = "第一条 补助\u202E元万十\u202C。\n\n"            // line 8: override and pop
                + "第二条 \u2067عربى\u2069 与\u200F标记\n\n"          // line 10: isolate, its end, a mark
                + "第三条 科\u200B技\u2060创新\uDB40\uDC41券\u00AD。\n";  // line 12: ZWSP, word joiner, a tag, soft hyphen
        List<String> printed = check(ContentFolder.create(tmp).write("policies/2023/inv.md", FRONT + body));
        assertEquals(List.of(
                "content/policies/2023/inv.md:8:7: error: invisible formatting character [U+202E RIGHT-TO-LEFT OVERRIDE]"
                        + " in the text" + EXPECTED + REORDERS,
                "content/policies/2023/inv.md:8:11: error: invisible formatting character [U+202C POP DIRECTIONAL"
                        + " FORMATTING] in the text" + EXPECTED + REORDERS,
                "content/policies/2023/inv.md:10:5: error: invisible formatting character [U+2067 RIGHT-TO-LEFT ISOLATE]"
                        + " in the text" + EXPECTED + REORDERS,
                "content/policies/2023/inv.md:10:10: error: invisible formatting character [U+2069 POP DIRECTIONAL"
                        + " ISOLATE] in the text" + EXPECTED + REORDERS,
                "content/policies/2023/inv.md:10:13: error: invisible formatting character [U+200F RIGHT-TO-LEFT MARK]"
                        + " in the text" + EXPECTED + REORDERS,
                "content/policies/2023/inv.md:12:6: error: invisible formatting character [U+200B ZERO WIDTH SPACE] in"
                        + " the text" + EXPECTED + ")",
                "content/policies/2023/inv.md:12:8: error: invisible formatting character [U+2060 WORD JOINER] in the"
                        + " text" + EXPECTED + ")",
                "content/policies/2023/inv.md:12:11: error: invisible formatting character [U+E0041 TAG LATIN CAPITAL"
                        + " LETTER A] in the text" + EXPECTED + ")",
                "content/policies/2023/inv.md:12:13: error: invisible formatting character [U+00AD SOFT HYPHEN] in the"
                        + " text" + EXPECTED + ")"), printed);
    }

    @Test
    void aYamlEscapeThatMakesAnOverrideIsAnErrorAtTheValue() {
        String text = "---\nid: inv\ntitle: \"第一条\\u202E元万十\"\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n正文。\n";
        assertEquals(List.of("content/policies/2023/inv.md:3:8: error: invisible formatting character [U+202E"
                + " RIGHT-TO-LEFT OVERRIDE] in a front-matter value (a YAML escape)" + EXPECTED + REORDERS),
                check(ContentFolder.create(tmp).write("policies/2023/inv.md", text)));
    }

    @Test
    void anAssetNameWithAnOverrideIsAnError() throws IOException {
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/inv.md", FRONT + "正文。\n");
        Path assets = Files.createDirectories(content.root().resolve("assets"));
        Files.writeString(assets.resolve("x\u202Egpj.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\"/>");
        assertEquals(List.of("content/assets/x\\u202Egpj.svg: error: asset name holds an invisible formatting character"
                + " [U+202E RIGHT-TO-LEFT OVERRIDE]; expected a file name of visible characters: rename the file (a"
                + " right-to-left override can make a name show another extension)"), check(content));
    }

    @Test
    void charactersWrittenAsCharacterReferencesAreErrorsToo() {
        String body = "第一条 补助&#x202E;元万十&#8236;。\n\n"
                + "第二条 &rlm;与&ZeroWidthSpace;。\n\n"
                + "第三条 [链接](https://example.gov.cn \"&#x202E;标题\")\n\n"
                + "第四条 `&#x202E;` 与 &amp; 与 &#x4E00; 与 <sup>&#27;</sup>。\n";
        String reference = "; expected visible text only (delete it: the text shown would differ from the text stored";
        assertEquals(List.of(
                "content/policies/2023/inv.md:8:7: error: invisible formatting character [U+202E RIGHT-TO-LEFT OVERRIDE]"
                        + " written as the character reference [&#x202E;]" + reference + REORDERS,
                "content/policies/2023/inv.md:8:18: error: invisible formatting character [U+202C POP DIRECTIONAL"
                        + " FORMATTING] written as the character reference [&#8236;]" + reference + REORDERS,
                "content/policies/2023/inv.md:10:5: error: invisible formatting character [U+200F RIGHT-TO-LEFT MARK]"
                        + " written as the character reference [&rlm;]" + reference + REORDERS,
                "content/policies/2023/inv.md:10:11: error: invisible formatting character [U+200B ZERO WIDTH SPACE]"
                        + " written as the character reference [&ZeroWidthSpace;]" + reference + ")",
                "content/policies/2023/inv.md:12:34: error: invisible formatting character [U+202E RIGHT-TO-LEFT"
                        + " OVERRIDE] written as the character reference [&#x202E;]" + reference + REORDERS,
                "content/policies/2023/inv.md:14:42: error: control character [U+001B] written as the character"
                        + " reference [&#27;]" + reference + ")"),
                check(ContentFolder.create(tmp).write("policies/2023/inv.md", FRONT + body)));
    }

    @Test
    void ideographicVariationSelectorsAndOrdinaryPunctuationStay() {
        // 葛 with an ideographic variation selector (U+E0100) picks a glyph variant: a visible difference, not a format character.
        String body = "第一条 葛\uDB40\uDD00氏、“免申即享”——《办法》（试行）…… AI 模型。\n";
        assertEquals(List.of(), check(ContentFolder.create(tmp).write("policies/2023/inv.md", FRONT + body)));
    }
}
