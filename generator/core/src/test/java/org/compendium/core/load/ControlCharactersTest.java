package org.compendium.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Control characters are errors at their file:line:col, in the body and in front-matter values (YAML escapes). */
class ControlCharactersTest {
    private static final String EXPECTED = "; expected printable text (delete it: no output can show it; write a line"
            + " break as a new line, a page break is not part of the text)";
    @TempDir
    Path tmp;

    private List<String> check(String path, String text) {
        ContentFolder content = ContentFolder.create(tmp).write(path, text);
        return content.printed(content.check()).stream().filter(s -> !s.startsWith("compendium:")).toList();
    }

    @Test
    void aNulAFormFeedAndAC1ControlInTheBodyAreErrorsAtTheirPositions() {
        String text = "---\nid: ctl\ntitle: 控制字符\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n"
                + "第一条 本办法\u0000所称企业。\n\n\f第二条 申报\u0085材料。\n";
        assertEquals(List.of(
                "content/policies/2023/ctl.md:8:8: error: control character [U+0000 NUL] in the text" + EXPECTED,
                "content/policies/2023/ctl.md:10:1: error: control character [U+000C FF] in the text" + EXPECTED,
                "content/policies/2023/ctl.md:10:8: error: control character [U+0085] in the text" + EXPECTED),
                check("policies/2023/ctl.md", text));
    }

    @Test
    void aYamlEscapeThatMakesAControlCharacterIsAnErrorAtTheValue() {
        String text = "---\nid: ctl\ntitle: \"控制\\0字符\"\nissuer: \"示例市\\x1B科学技术局\"\nissued: 2023-05-01\n---\n\n正文。\n";
        assertEquals(List.of(
                "content/policies/2023/ctl.md:3:8: error: control character [U+0000 NUL] in a front-matter value (a YAML"
                        + " escape)" + EXPECTED,
                "content/policies/2023/ctl.md:4:9: error: control character [U+001B ESC] in a front-matter value (a YAML"
                        + " escape)" + EXPECTED),
                check("policies/2023/ctl.md", text));
    }

    @Test
    void tabsAndLineBreaksAreNotControlCharacters() {
        String text = "---\nid: ctl\ntitle: 控制字符\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n第一条\t本办法。\r\n第二条。\n";
        assertEquals(List.of(), check("policies/2023/ctl.md", text));
    }
}
