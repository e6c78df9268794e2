package org.compendium.core.render.epub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.compendium.core.ContentCompiler;
import org.compendium.core.StageTimer;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.render.EditionPlanner;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Links, images, ids and XHTML syntax of one converted body. */
class BodyConverterTest {
    private static Compendium compendium;

    @BeforeAll
    static void compile() {
        compendium = new ContentCompiler().compile(ContentFolder.RESOURCES.resolve("fixtures/bodies/content"),
                Optional.empty(), Instant.parse("2024-01-01T00:00:00Z"), new Diagnostics(), new StageTimer())
                .orElseThrow();
    }

    private static BodyConverter converter(int year, Diagnostics diagnostics) {
        var edition = new EditionPlanner().edition(compendium, year);
        return new BodyConverter(new EditionLayout(compendium, edition), diagnostics);
    }

    @Test
    void referencesInsideTheEditionBecomeChapterLinks() {
        var out = converter(2023, new Diagnostics()).convert(
                "<p>见<a href=\"xref:sl-reg#art-3\">第三条</a>和<a href=\"xref:jd-reg#ref-1\">解读</a></p>",
                "x.md", Set.of(), new TreeSet<>());
        assertEquals("<p>见<a href=\"policy-sl-reg.xhtml#art-3\">第三条</a>和"
                + "<a href=\"note-jd-reg.xhtml#ref-1\">解读</a></p>", out.rest());
    }

    @Test
    void referencesOutsideTheEditionGoToThePublicSite() {
        var out = converter(2022, new Diagnostics()).convert(
                "<p><a class=\"citation\" href=\"xref:sl-reg#art-3\">办法</a><a href=\"asset:assets/a b.pdf\">附件</a></p>",
                "x.md", Set.of(), new TreeSet<>());
        assertEquals("<p><a class=\"citation\" href=\"https://kjj.example.gov.cn/zchb/policies/sl-reg/#art-3\">办法</a>"
                + "<a href=\"https://kjj.example.gov.cn/zchb/assets/a%20b.pdf\">附件</a></p>", out.rest());
    }

    @Test
    void imagesAreCollectedAndOutputIsXhtml() {
        SortedSet<String> images = new TreeSet<>();
        var out = converter(2023, new Diagnostics()).convert(
                "<h1 id=\"t\">标题</h1><p><img src=\"asset:assets/images/流程.svg\" alt=\"流程\" width=\"50%\"><br>&nbsp;</p>",
                "x.md", Set.of(), images);
        assertEquals(Optional.of("<h1 id=\"t\">标题</h1>"), out.title());
        assertEquals("<p><img src=\"assets/images/%E6%B5%81%E7%A8%8B.svg\" alt=\"流程\" /><br />&#xa0;</p>", out.rest());
        assertEquals(Set.of("assets/images/流程.svg"), images);
    }

    @Test
    void aFootnoteBackLinkEndsTheFootnoteTextBehindAWordJoiner() {
        String body = compendium.policies().stream().filter(p -> p.id().equals("sl-reg")).findFirst().orElseThrow()
                .body().html();
        var out = converter(2023, new Diagnostics()).convert(body, "policies/2023/sl-reg.md", Set.of(), new TreeSet<>());
        assertTrue(out.rest().contains("以税务部门核定的研发费用加计扣除数为准。<a href=\"#fnref-1\" class=\"footnote-backref\">"
                + "\u2060↩</a></p>") || out.rest().contains("以税务部门核定的研发费用加计扣除数为准。<a href=\"#fnref-1\""
                + " class=\"footnote-backref\">&#x2060;&#x21a9;</a></p>"), out.rest());
    }

    @Test
    void repeatedAndReservedIdsAreRenamed() {
        var out = converter(2023, new Diagnostics()).convert(
                "<p id=\"fn-1\">a</p><p id=\"fn-1\">b</p><p id=\"epub-meta\">c</p>", "x.md", Set.of("epub-meta"),
                new TreeSet<>());
        assertEquals("<p id=\"fn-1\">a</p><p id=\"fn-1-2\">b</p><p id=\"epub-meta-2\">c</p>", out.rest());
    }

    @Test
    void unknownDocumentIsADiagnostic() {
        Diagnostics diagnostics = new Diagnostics();
        var out = converter(2023, diagnostics).convert("<p><a href=\"xref:nope\">x</a></p>", "x.md", Set.of(),
                new TreeSet<>());
        assertFalse(out.rest().contains("xref:"));
        assertTrue(diagnostics.hasErrors());
    }
}
