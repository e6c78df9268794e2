package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link BodyRenderer} writes byte for byte the XHTML that Flexmark's {@code HtmlRenderer} wrote with the
 * compendium's rules ({@link FlexmarkBodyOracle}): on the test fixtures, the demo content, every Markdown file
 * of the tests as a body of its own, a body per construct and random mixes of them.
 */
class BodyHtmlDifferentialTest {
    private static final Path FIXTURES = ContentFolder.RESOURCES.resolve("fixtures");

    @TempDir
    Path tmp;

    @Test
    void fixturesAndDemoContent() throws IOException {
        BodyDifferential diff = new BodyDifferential()
                .compare(FIXTURES.resolve("bodies/content"))
                .compare(ContentFolder.create(tmp.resolve("base")).root())
                .compare(ContentFolder.PROJECT.resolve("content"));
        try (Stream<Path> overlays = Files.list(FIXTURES.resolve("diagnostics"))) {
            for (Path overlay : overlays.sorted().toList()) {
                diff.compare(ContentFolder.create(tmp.resolve(overlay.getFileName()), overlay).root());
            }
        }
        assertSame(diff, 60);
    }

    @Test
    void everyMarkdownFileOfTheTestsAsABody() throws IOException {
        ContentFolder folder = ContentFolder.create(tmp);
        List<Path> files;
        try (Stream<Path> all = Files.walk(ContentFolder.RESOURCES)) {
            files = all.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
        }
        for (int i = 0; i < files.size(); i++) {
            String text = new String(Files.readAllBytes(files.get(i)), StandardCharsets.UTF_8);
            folder.write(policyPath(i), MarkdownSamples.policy(id(i), MarkdownSamples.bodyOf(text)));
        }
        // Two of them the parser refuses (nested too deeply, a run of markup too long): no body to compare.
        assertSame(new BodyDifferential().compare(folder.root()), files.size() - 2);
    }

    @Test
    void everyConstruct() {
        ContentFolder folder = ContentFolder.create(tmp);
        List<String> bodies = MarkdownSamples.constructs();
        for (int i = 0; i < bodies.size(); i++) {
            folder.write(policyPath(i), MarkdownSamples.policy(id(i), bodies.get(i)));
        }
        folder.write("interpretations/jd-gen.md", notesOn(bodies));
        assertSame(new BodyDifferential().compare(folder.root()), bodies.size());
    }

    @Test
    void randomMixes() {
        ContentFolder folder = ContentFolder.create(tmp);
        RandomMarkdown random = new RandomMarkdown(20241129L);
        int count = 400;
        for (int i = 0; i < count; i++) {
            folder.write(policyPath(i), MarkdownSamples.policy(id(i), random.body()));
        }
        assertSame(new BodyDifferential().compare(folder.root()), count);
    }

    /** An interpretation whose notes explain clauses of the generated policies: markers in text and lists. */
    private static String notesOn(List<String> bodies) {
        StringBuilder text = new StringBuilder("---\nid: jd-gen\ntitle: 生成测试的解读\ninterprets: sl-base\nform: 图解\n"
                + "issued: 2023-06-01\n---\n\n# 解读\n\n");
        for (int i = 0; i < bodies.size(); i++) {
            if (bodies.get(i).contains("第一条")) {
                text.append("见[第一条](../policies/2023/").append(id(i)).append(".md#art-1)。\n\n");
                text.append("- 又见[第二条](../policies/2023/").append(id(i)).append(".md#art-2)。\n\n");
            }
        }
        return text.toString();
    }

    private static String id(int i) {
        return String.format("gen-%03d", i);
    }

    private static String policyPath(int i) {
        return "policies/2023/" + id(i) + ".md";
    }

    private static void assertSame(BodyDifferential diff, int atLeast) {
        assertEquals(List.of(), diff.mismatches(), diff.mismatches().size() + " of " + diff.compared() + " bodies differ");
        assertTrue(diff.compared() >= atLeast, "only " + diff.compared() + " bodies compared");
    }
}
