package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.compendium.core.ContentCompiler;
import org.compendium.core.StageTimer;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.ClauseNote;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Reference;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden tests of the format-neutral body XHTML: clause ids, citations, 文号 links, clause markers,
 * tables, footnotes, images and sanitized raw HTML. {@code -Dgolden.update=true} rewrites the goldens.
 */
class BodyGoldenTest {
    private static final Path FIXTURE = ContentFolder.RESOURCES.resolve("fixtures/bodies");
    private static Compendium compendium;
    private static Diagnostics diagnostics;

    @BeforeAll
    static void compile() {
        diagnostics = new Diagnostics();
        compendium = new ContentCompiler().compile(FIXTURE.resolve("content"), Optional.empty(),
                Instant.parse("2024-01-01T00:00:00Z"), diagnostics, new StageTimer()).orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"sl-reg", "sl-measures", "jd-reg", "summary-2023"})
    void bodyMatchesGolden(String id) throws IOException {
        Document doc = compendium.document(id).orElseThrow();
        Path golden = FIXTURE.resolve("expected/" + id + ".html");
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(golden.getParent());
            Files.writeString(golden, doc.body().html(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), doc.body().html());
    }

    @Test
    void onlyTheUnsafeAttributeIsReported() {
        assertEquals(List.of("policies/2023/sl-reg.md:35:1: warning: unsafe or unsupported HTML removed [onclick=]; "
                + "expected Markdown or plain structural HTML (tables, lists, sup/sub)"),
                diagnostics.sorted().stream().map(Object::toString).toList());
    }

    @Test
    void notesLinkBackToTheExactClauses() {
        assertEquals(List.of(new ClauseNote("sl-reg", "art-2", "jd-reg", "ref-1"),
                new ClauseNote("sl-reg", "art-3", "jd-reg", "ref-2"),
                new ClauseNote("sl-measures", "sec-2-1-2", "jd-reg", "ref-3")), compendium.clauseNotes());
        assertEquals(List.of("art-2", "art-3"), List.copyOf(compendium.clauseNotesOf("sl-reg").keySet()));
    }

    @Test
    void referencesIncludeLinksAndCitations() {
        assertEquals(List.of(new Reference("sl-measures", "sl-reg", "", Reference.Kind.CITATION),
                new Reference("sl-measures", "sl-reg", "art-3", Reference.Kind.LINK)),
                compendium.references().stream().filter(r -> r.fromId().equals("sl-measures")).toList());
        assertFalse(compendium.referencesTo("sl-reg").isEmpty());
    }

    @Test
    void textSegmentsFollowTheAnchors() {
        var segments = compendium.document("sl-reg").orElseThrow().body().segments();
        var art3 = segments.stream().filter(s -> s.anchor().equals("art-3")).findFirst().orElseThrow();
        assertEquals("第三条 补助标准如下表：\n类别 比例 上限（万元）\n高新技术企业 10% 200\n科技型中小企业 15% 100", art3.text());
    }
}
