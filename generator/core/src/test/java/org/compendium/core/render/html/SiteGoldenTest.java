package org.compendium.core.render.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests of the site templates (templates/site) rendered over the body fixture: policy, note, year and
 * list pages, feed, sitemap and catalogue. {@code -Dgolden.update=true} rewrites the goldens.
 */
class SiteGoldenTest {
    private static final Path FIXTURE = ContentFolder.RESOURCES.resolve("fixtures/bodies");
    private static final Path EXPECTED = ContentFolder.RESOURCES.resolve("fixtures/site");

    @TempDir
    static Path out;

    @BeforeAll
    static void build() {
        // A copy outside the project's git work tree: the pages of content with git history show its commits,
        // which would change with every commit of the fixture (GitProvenanceTest covers history).
        ContentFolder.copyTree(FIXTURE.resolve("content"), out.resolve("content"));
        BuildRequest request = BuildRequest.builder(out.resolve("content")).outputDir(out.resolve("site"))
                .templatesDir(ContentFolder.TEMPLATES)
                .formats(EnumSet.of(OutputFormat.HTML)).timestamp(Instant.parse("2024-01-01T00:00:00Z")).build();
        BuildResult result = new CompendiumBuilder().build(request);
        assertTrue(result.success(), result.diagnostics().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"index.html", "policies/sl-reg/index.html", "policies/sl-measures/index.html",
            "interpretations/jd-reg/index.html", "years/2023/index.html", "status/in-force/index.html",
            "search/index.html", "404.html", "feed.xml", "sitemap.xml", "catalogue.json", "robots.txt"})
    void pageMatchesGolden(String page) throws IOException {
        String actual = Files.readString(out.resolve("site").resolve(page), StandardCharsets.UTF_8);
        Path golden = EXPECTED.resolve(page.replace('/', '_'));
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, page);
    }
}
