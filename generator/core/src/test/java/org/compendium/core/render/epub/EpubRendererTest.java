package org.compendium.core.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import org.compendium.core.BuildResult;
import org.compendium.core.render.epub.EpubFixture.Book;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The structure of the demo's 2024 edition, read back from the zip. */
class EpubRendererTest {
    private static final String BASE_URL = "https://kjj.example.gov.cn/zchb/";
    @TempDir
    static Path tmp;
    private static Book book;

    @BeforeAll
    static void build() {
        BuildResult result = EpubFixture.build(EpubFixture.DEMO, tmp.resolve("out"), EpubFixture.TEMPLATES, List.of(2024));
        assertTrue(result.published(), () -> "build failed: " + result.diagnostics());
        book = Book.read(tmp.resolve("out/downloads/compendium-2024.epub"));
    }

    @Test
    void mimetypeComesFirstUncompressedThenSortedEntries() {
        List<String> names = book.names();
        assertEquals("mimetype", names.get(0));
        assertEquals(ZipEntry.STORED, book.methods().get("mimetype"));
        assertEquals("application/epub+zip", book.text("mimetype"));
        List<String> rest = names.subList(1, names.size());
        assertEquals(rest.stream().sorted().toList(), rest);
        assertTrue(names.contains("META-INF/container.xml"));
        assertTrue(book.text("META-INF/container.xml").contains("full-path=\"EPUB/package.opf\""));
    }

    @Test
    void packageDocumentHasEpub3MetadataAndAccessibility() {
        var opf = book.xml("EPUB/package.opf");
        Element pkg = opf.selectFirst("package");
        assertEquals("3.0", pkg.attr("version"));
        assertEquals("示例市科技政策汇编（2024年版）", opf.selectFirst("dc|title").text());
        assertEquals("zh-CN", opf.selectFirst("dc|language").text());
        assertEquals("示例市科学技术局", opf.selectFirst("dc|publisher").text());
        assertEquals("2025-06-30T08:00:00Z", opf.selectFirst("dc|date").text());
        assertEquals("2025-06-30T08:00:00Z", opf.selectFirst("meta[property=dcterms:modified]").text());
        assertTrue(opf.selectFirst("dc|identifier").text().matches("urn:uuid:[0-9a-f-]{36}"));
        assertEquals(List.of("structuralNavigation", "tableOfContents", "readingOrder"),
                opf.select("meta[property=schema:accessibilityFeature]").eachText());
        assertEquals("none", opf.selectFirst("meta[property=schema:accessibilityHazard]").text());
        assertEquals("nav.xhtml", opf.selectFirst("item[properties=nav]").attr("href"));
        assertEquals("cover.png", opf.selectFirst("item[properties=cover-image]").attr("href"));
        assertEquals("ncx", opf.selectFirst("spine").attr("toc"));
        assertEquals("image/svg+xml",
                opf.selectFirst("item[href=assets/images/xinxing-yanfa-liucheng.svg]").attr("media-type"));
        assertTrue(book.names().contains("EPUB/assets/images/xinxing-yanfa-liucheng.svg"));
    }

    @Test
    void navListsPrefaceThenCategoriesPoliciesAndNotes() {
        var nav = book.xml("EPUB/nav.xhtml");
        Element toc = nav.selectFirst("nav[epub:type=toc] > ol");
        List<Element> top = toc.children();
        assertEquals("preface.xhtml", top.get(0).selectFirst("a").attr("href"));
        assertEquals(List.of("preface.xhtml", "changes.xhtml", "part-01.xhtml", "part-02.xhtml", "part-03.xhtml",
                "part-04.xhtml", "part-05.xhtml", "guide.xhtml", "compare.xhtml"),
                top.stream().map(li -> li.selectFirst("a").attr("href")).toList());
        Element firstPolicy = top.get(2).selectFirst("ol > li");
        assertEquals("policy-sl-kj-2022-03.xhtml", firstPolicy.selectFirst("a").attr("href"));
        assertEquals("note-jd-sl-kj-2022-03.xhtml", firstPolicy.selectFirst("> ol > li > a").attr("href"));
        assertEquals(List.of("cover", "toc", "preface", "bodymatter"),
                nav.select("nav[epub:type=landmarks] a").eachAttr("epub:type"));
        var ncx = book.xml("EPUB/toc.ncx");
        assertEquals(toc.select("a").eachAttr("href"), ncx.select("navPoint > content").eachAttr("src"));
        assertEquals(ncx.selectFirst("meta[name=dtb:uid]").attr("content"),
                book.xml("EPUB/package.opf").selectFirst("dc|identifier").text());
    }

    @Test
    void everyChapterIsInChineseAndEveryInternalLinkResolves() {
        List<String> broken = new ArrayList<>();
        for (String name : book.names().stream().filter(n -> n.endsWith(".xhtml")).toList()) {
            var doc = book.xml(name);
            assertEquals("zh-CN", doc.selectFirst("html").attr("xml:lang"), name);
            for (String href : doc.select("a[href]").eachAttr("href")) {
                if (!href.startsWith("https://") && !href.startsWith("http://") && !resolves(name, href)) {
                    broken.add(name + " → " + href);
                }
            }
        }
        assertEquals(List.of(), broken);
    }

    private static boolean resolves(String from, String href) {
        int hash = href.indexOf('#');
        String file = hash < 0 ? href : href.substring(0, hash);
        String target = file.isEmpty() ? from : "EPUB/" + file;
        if (!book.entries().containsKey(target)) {
            return false;
        }
        return hash < 0 || !book.xml(target).select("[id=" + href.substring(hash + 1) + "]").isEmpty();
    }

    @Test
    void linksGoToChaptersInsideTheEditionAndToTheSiteOutsideIt() {
        var preface = book.xml("EPUB/preface.xhtml");
        List<String> hrefs = preface.select("a[href]").eachAttr("href");
        assertTrue(hrefs.contains("policy-sl-kj-2024-02.xhtml"), hrefs::toString);
        // sl-kj-2022-07 was superseded before 2024-12-31: it is not in the edition
        assertTrue(hrefs.contains(BASE_URL + "policies/sl-kj-2022-07/"), hrefs::toString);
        var policy = book.xml("EPUB/policy-sl-kj-2022-03.xhtml");
        assertEquals("note-jd-sl-kj-2022-03.xhtml#sec-2-1", policy.selectFirst("a.clause-note").attr("href"));
        assertFalse(book.text("EPUB/policy-sl-kj-2022-03.xhtml").contains("xref:"));
    }

    @Test
    void policyChapterHasTitleMetadataTableBodyAndNotes() {
        var policy = book.xml("EPUB/policy-sl-kj-2022-03.xhtml");
        Element section = policy.selectFirst("body > section[epub:type=chapter]");
        assertEquals("h1", section.child(0).tagName());
        assertEquals("示例市促进科技成果转化实施办法", section.child(0).text());
        assertEquals(List.of("发文字号", "发布机关", "发布日期", "施行日期", "时效性"),
                section.child(1).select("th").eachText());
        assertEquals(List.of("示科规〔2022〕3号", "示例市科学技术局", "2022年3月15日", "2022年4月15日",
                "现行有效（截至2024年12月31日）"), section.child(1).select("td").eachText());
        assertEquals(1, policy.select("#art-7").size());
        assertEquals("#fn-1", policy.selectFirst("a.footnote-ref").attr("href"));
        assertEquals(1, policy.select("#fn-1").size());
        assertEquals("note-jd-sl-kj-2022-03.xhtml", policy.selectFirst(".policy-notes a").attr("href"));
    }

    @Test
    void sameInputGivesByteIdenticalBooks(@TempDir Path other) throws IOException {
        BuildResult again = EpubFixture.build(EpubFixture.DEMO, other.resolve("out"), EpubFixture.TEMPLATES,
                List.of(2024));
        assertTrue(again.published());
        assertArrayEquals(Files.readAllBytes(tmp.resolve("out/downloads/compendium-2024.epub")),
                Files.readAllBytes(other.resolve("out/downloads/compendium-2024.epub")));
    }

    @Test
    void missingStylesheetIsAnError(@TempDir Path dir) throws IOException {
        Path emptyTemplates = Files.createDirectory(dir.resolve("templates"));
        BuildResult result = EpubFixture.build(EpubFixture.DEMO, dir.resolve("out"), emptyTemplates, List.of(2024));
        assertFalse(result.published());
        assertTrue(result.diagnostics().stream().anyMatch(d -> d.isError()
                && d.message().contains("EPUB stylesheet not found")), result.diagnostics()::toString);
    }

    @Test
    void epubcheckReportsABrokenBook(@TempDir Path dir) throws IOException {
        Path broken = dir.resolve("broken.epub");
        List<EpubEntry> entries = new ArrayList<>();
        book.entries().forEach((name, data) -> {
            if (!name.equals("mimetype")) {
                entries.add(new EpubEntry(name, name.equals("EPUB/preface.xhtml")
                        ? new String(data, StandardCharsets.UTF_8).replace("policy-sl-kj-2024-02.xhtml", "missing.xhtml")
                                .getBytes(StandardCharsets.UTF_8) : data));
            }
        });
        new EpubZipWriter().write(broken, entries, EpubFixture.TIME);
        assertTrue(EpubValidator.problems(broken).stream().anyMatch(p -> p.startsWith("ERROR")),
                "the validator must see a link to a missing file");
    }
}
