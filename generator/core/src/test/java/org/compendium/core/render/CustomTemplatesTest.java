package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.render.epub.EpubValidator;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A copy of the project's templates with other wording, another order of the book's parts and another cover
 * restyles the PDF and the EPUB without Java: the demo's 2024 edition is built with it and read back (pdftotext,
 * the EPUB's XHTML), and the EPUB still passes EPUBCheck.
 */
class CustomTemplatesTest {
    @TempDir
    static Path tmp;
    static List<String> pages;
    static Map<String, String> epub;
    static Path epubFile;

    @BeforeAll
    static void build() throws IOException {
        Path templates = tmp.resolve("templates");
        ContentFolder.copyTree(ContentFolder.TEMPLATES, templates);
        // PDF: 目录 becomes 篇目; the index comes right after it, before the preface; a cover of another design.
        edit(templates.resolve("pdf/contents.ftlx"), "目　录", "篇　目");
        edit(templates.resolve("pdf/book.ftlx"), "<#include \"index.ftlx\">\n", "");
        edit(templates.resolve("pdf/book.ftlx"), "<#include \"contents.ftlx\">\n",
                "<#include \"contents.ftlx\">\n<#include \"index.ftlx\">\n");
        edit(templates.resolve("pdf/cover.ftlx"), "<p class=\"cover-edition\">（${book.year?c}年版）</p>",
                "<p class=\"cover-edition\">${book.year?c}年度汇编本</p>\n<p class=\"cover-scope\">内部资料　注意保存</p>");
        // EPUB: other labels in the policy chapters; the preface after the policies; another cover text.
        edit(templates.resolve("epub/policy.ftlx"), "<p class=\"notes-title\">政策解读</p>",
                "<p class=\"notes-title\">配套解读</p>");
        edit(templates.resolve("epub/policy.ftlx"), ">发文字号<", ">文　　号<");
        String book = Files.readString(templates.resolve("epub/book.ftlx"), StandardCharsets.UTF_8);
        String preface = book.substring(book.indexOf("<#if book.preface??>"), book.indexOf("</#if>\n") + 7);
        edit(templates.resolve("epub/book.ftlx"), preface, "");
        Files.writeString(templates.resolve("epub/book.ftlx"), Files.readString(templates.resolve("epub/book.ftlx"))
                + preface.replace("landmark=\"preface\"", "landmark=\"backmatter\""), StandardCharsets.UTF_8);
        edit(templates.resolve("epub/cover.ftlx"), "（${book.year?c}年版）　", "${book.year?c}年度汇编本　");

        Path out = tmp.resolve("out");
        BuildRequest request = BuildRequest.builder(ContentFolder.PROJECT.resolve("content")).outputDir(out)
                .templatesDir(templates).formats(EnumSet.of(OutputFormat.PDF, OutputFormat.EPUB))
                .editions(List.of(2024)).timestamp(Instant.parse("2025-06-30T08:00:00Z")).build();
        BuildResult result = new CompendiumBuilder().build(request);
        assertTrue(result.published(), () -> result.diagnostics().toString());
        pages = PdfTools.pages(out.resolve("downloads/compendium-2024.pdf")).stream().map(PdfTools::squeezed).toList();
        epubFile = out.resolve("downloads/compendium-2024.epub");
        epub = unzip(epubFile);
    }

    @Test
    void pdfHasTheNewCover() {
        assertTrue(pages.getFirst().contains("2024年度汇编本内部资料注意保存"), pages.getFirst());
        assertFalse(pages.getFirst().contains("（2024年版）"), pages.getFirst());
    }

    @Test
    void pdfHasTheNewWordingAndOrder() {
        assertTrue(pages.get(1).startsWith("篇目"), pages.get(1));
        assertFalse(String.join("", pages).contains("目录"), "the old label is gone");
        int index = pageHeaded("索引");
        int preface = pageHeaded("序言");
        assertTrue(index > 1 && index < preface, "the index comes before the preface: " + index + ", " + preface);
        Matcher entry = Pattern.compile("(?<!适用对象)索引\\.{3,}(\\d+)").matcher(pages.get(1));
        assertTrue(entry.find(), pages.get(1));
        assertEquals(index + 1, Integer.parseInt(entry.group(1)), "the contents give the index's page");
    }

    /** The first page whose running header (its first line) is {@code header}. */
    private static int pageHeaded(String header) {
        for (int i = 2; i < pages.size(); i++) {
            if (pages.get(i).startsWith(header)) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void epubHasTheNewCoverAndWording() {
        assertTrue(text("EPUB/cover.xhtml").contains("2024年度汇编本"), epub.get("EPUB/cover.xhtml"));
        Document policy = xml("EPUB/policy-sl-kj-2022-03.xhtml");
        assertEquals("配套解读", policy.selectFirst("p.notes-title").text());
        assertEquals("文　　号", policy.selectFirst("table.policy-meta th").text());
        assertFalse(epub.entrySet().stream().filter(e -> e.getKey().endsWith(".xhtml"))
                .anyMatch(e -> e.getValue().contains("发文字号")), "the old label is gone");
    }

    @Test
    void epubHasThePrefaceAfterThePoliciesInSpineAndContents() {
        Document opf = xml("EPUB/package.opf");
        List<String> spine = opf.select("spine > itemref").eachAttr("idref");
        // The 本版变化 chapter stays where book.ftlx has it, after the preface's old place.
        assertEquals(List.of("cover", "nav", "changes", "part-01"), spine.subList(0, 4));
        assertEquals("preface", spine.getLast());
        List<String> toc = xml("EPUB/nav.xhtml").select("nav[epub:type=toc] > ol > li > a").eachAttr("href");
        assertEquals(List.of("changes.xhtml", "part-01.xhtml"), toc.subList(0, 2));
        assertEquals("preface.xhtml", toc.getLast());
        assertEquals(List.of("cover", "toc", "bodymatter", "backmatter"),
                xml("EPUB/nav.xhtml").select("nav[epub:type=landmarks] a").eachAttr("epub:type"));
        assertEquals(toc, xml("EPUB/toc.ncx").select("navMap > navPoint > content").eachAttr("src"));
    }

    @Test
    void restyledEpubPassesEpubCheck() {
        assertEquals(List.of(), EpubValidator.problems(epubFile));
    }

    private static String text(String entry) {
        assertTrue(epub.containsKey(entry), () -> "no " + entry + " in " + epub.keySet());
        return epub.get(entry);
    }

    private static Document xml(String entry) {
        return Jsoup.parse(text(entry), "", Parser.xmlParser());
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(text.contains(from), () -> file + " no longer contains [" + from + "]; update this test");
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    private static Map<String, String> unzip(Path file) {
        Map<String, String> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                entries.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return entries;
    }
}
