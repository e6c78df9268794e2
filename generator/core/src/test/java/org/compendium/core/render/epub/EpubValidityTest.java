package org.compendium.core.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** EPUBCheck finds no fatal error, error or warning in any edition. */
class EpubValidityTest {

    @Test
    void everyDemoEditionIsValid(@TempDir Path tmp) {
        BuildResult result = EpubFixture.build(EpubFixture.DEMO, tmp.resolve("out"), EpubFixture.TEMPLATES, List.of());
        assertTrue(result.published(), () -> "build failed: " + result.diagnostics());
        List<Path> epubs = EpubFixture.epubs(tmp.resolve("out"));
        assertEquals(List.of("compendium-2022.epub", "compendium-2023.epub", "compendium-2024.epub"),
                epubs.stream().map(p -> p.getFileName().toString()).toList());
        for (Path epub : epubs) {
            assertValid(epub);
        }
    }

    /** The body fixture has footnotes, a table with rowspan, an SVG image and sanitized raw HTML. */
    @Test
    void bodyFixtureEditionIsValid(@TempDir Path tmp) {
        Path content = ContentFolder.RESOURCES.resolve("fixtures/bodies/content");
        BuildResult result = EpubFixture.build(content, tmp.resolve("out"), EpubFixture.TEMPLATES, List.of(2023));
        assertTrue(result.published(), () -> "build failed: " + result.diagnostics());
        assertValid(tmp.resolve("out/downloads/compendium-2023.epub"));
    }

    /**
     * Inline tags that are balanced within their paragraph, also beside literal asterisks, inside emphasis and
     * links (issue 16, item 9: an unclosed or crossing tag is an error, so what is published is well nested).
     */
    @Test
    void inlineTagsBesideEmphasisAndLinksGiveAValidEdition(@TempDir Path tmp) {
        ContentFolder content = ContentFolder.create(tmp)
                .write("summaries/2023.md", "---\nyear: 2023\ntitle: 2023年度综述\n---\n\n综述。\n")
                .write("policies/2023/inl.md", "---\nid: inl\ntitle: 内联标签\nissuer: 示例市科学技术局\n"
                        + "issued: 2023-05-01\n---\n\n第一条 *甲<b>乙*丙</b>。\n\n第二条 **强<i>调</i>**与<sup>上<sub>下</sub></sup>。\n\n"
                        + "第三条 [链<b>接</b>](https://example.gov.cn)与<b>[粗链](https://example.gov.cn)</b>。\n");
        BuildResult result = EpubFixture.build(content.root(), tmp.resolve("out"), EpubFixture.TEMPLATES, List.of(2023));
        assertTrue(result.published(), () -> "build failed: " + result.diagnostics());
        assertValid(tmp.resolve("out/downloads/compendium-2023.epub"));
    }

    static void assertValid(Path epub) {
        List<String> problems = EpubValidator.problems(epub);
        assertEquals(List.of(), problems, () -> epub.getFileName() + ":\n" + String.join("\n", problems));
    }
}
