package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The appendix 申报指南速查 and the 适用对象 index of the demo's 2024 edition, read back from the PDF (pdftotext)
 * and the EPUB (its guide chapter): every policy of the edition with an apply block, its audiences, support,
 * windows, office and phone, and page numbers that lead to the policies.
 */
class GuideAppendixBookTest {
    @TempDir
    static Path out;
    static List<String> pages;
    static Map<String, String> epub;

    @BeforeAll
    static void build() {
        BuildRequest request = BuildRequest.builder(ContentFolder.PROJECT.resolve("content")).outputDir(out)
                .templatesDir(ContentFolder.TEMPLATES).formats(EnumSet.of(OutputFormat.PDF, OutputFormat.EPUB))
                .editions(List.of(2024)).timestamp(Instant.parse("2025-06-30T08:00:00Z")).build();
        BuildResult result = new CompendiumBuilder().build(request);
        assertTrue(result.published(), () -> result.diagnostics().toString());
        pages = PdfTools.pages(out.resolve("downloads/compendium-2024.pdf")).stream().map(PdfTools::squeezed).toList();
        epub = unzip(out.resolve("downloads/compendium-2024.epub"));
    }

    private static int pageStarting(String head) {
        for (int i = 2; i < pages.size(); i++) {
            if (pages.get(i).startsWith(head)) {
                return i;
            }
        }
        throw new AssertionError("no page headed " + head);
    }

    @Test
    void pdfAppendixHasARowPerPolicyWithApplicationData() {
        // In content order (-raw): table cells come out whole, not interleaved by their columns.
        String raw = PdfTools.squeezed(PdfTools.run("pdftotext", "-raw", "-enc", "UTF-8",
                out.resolve("downloads/compendium-2024.pdf").toString(), "-"));
        String appendix = raw.substring(raw.indexOf("本附录列出"), raw.lastIndexOf("适用对象索引"));
        for (String expected : List.of("成果转化", "示例市促进科技成果转化实施办法", "高新技术企业、科技型中小企业、新型研发机构、科技服务机构",
                "每年6月1日至7月31日", "资金补助每年6月1日至7月31日示例市科学技术局成果转化处0592-5550102", "示例市企业研发费用补助实施细则", "免申即享",
                "0592-5550104、12345", "每年3月1日至4月30日；2025年6月16日至2025年7月15日", "常年受理",
                "示例市高层次人才服务中心0592-5550166、0592-5550167")) {
            assertTrue(appendix.contains(expected), expected + " in " + appendix);
        }
        assertTrue(pages.get(1).contains("附录申报指南速查....") && pages.get(1).contains("适用对象索引...."),
                "both parts are in the contents");
    }

    @Test
    void pdfIndexByAudienceGivesThePagesOfThePolicies() {
        String index = pages.get(pageStarting("适用对象索引"));
        assertTrue(index.indexOf("创业团队") < index.indexOf("科技型中小企业")
                && index.indexOf("科技型中小企业") < index.indexOf("新型研发机构"), "vocabulary order: " + index);
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("示例市新型研发机构认定和管理办法\\.{3,}(\\d+)").matcher(index);
        assertTrue(m.find(), index);
        int page = Integer.parseInt(m.group(1));
        assertTrue(pages.get(page - 1).contains("示例市新型研发机构认定和管理办法"), "page " + page + " holds the policy");
    }

    @Test
    void epubGuideChapterLinksToPolicyChapters() {
        String guide = epub.get("EPUB/guide.xhtml");
        assertTrue(guide != null, epub.keySet().toString());
        Document doc = Jsoup.parse(guide, "", Parser.xmlParser());
        assertEquals("附录　申报指南速查", doc.selectFirst("h1").text());
        List<String> links = doc.select("table.guide-table a").eachAttr("href");
        assertTrue(links.contains("policy-sl-kj-2023-09.xhtml"), links.toString());
        for (String link : links) {
            assertTrue(epub.containsKey("EPUB/" + link), link);
        }
        assertTrue(doc.select("table.guide-table td").eachText().contains("每年8月1日至9月15日"));
        assertTrue(epub.get("EPUB/nav.xhtml").contains("guide.xhtml"));
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
