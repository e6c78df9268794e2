package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.BuildResult;
import org.compendium.core.ContentCompiler;
import org.compendium.core.StageTimer;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;
import org.compendium.core.render.EditionPlanner;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.SimpleBookmark;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** The demo content's editions, typeset and read back with poppler, OpenPDF and veraPDF. */
class PdfRendererTest {
    private static final String NO_LINE_START = "，。、；：？！）》」』”…";
    @TempDir
    static Path temp;
    static Path out;
    static BuildResult result;
    static Compendium compendium;

    @BeforeAll
    static void build() {
        out = temp.resolve("out");
        result = DemoEditions.build(out);
        compendium = new ContentCompiler().compile(DemoEditions.REPO.resolve("content"), Optional.empty(),
                DemoEditions.TIME, new Diagnostics(), new StageTimer()).orElseThrow();
    }

    private static Edition edition(int year) {
        return new EditionPlanner().edition(compendium, year);
    }

    private static Path pdf(int year) {
        return PdfRenderer.file(out, year);
    }

    @Test
    void writesOnePdfPerEditionWithoutProblems() {
        assertTrue(result.published(), () -> result.diagnostics().toString());
        assertEquals(List.of(pdf(2022), pdf(2023), pdf(2024)), DemoEditions.pdfs(out));
    }

    @Test
    void chineseTextComesInBookOrder() {
        String text = PdfTools.squeezed(String.join("\f", PdfTools.pages(pdf(2024))));
        List<String> expected = new ArrayList<>(List.of("示例市科技政策汇编", "（2024年版）", "目录",
                "2024年度示例市科技政策综述"));
        for (Edition.CategoryGroup group : edition(2024).categories()) {
            expected.add(group.category());
            group.policies().forEach(p -> expected.add(p.title() + "发文字号"));
        }
        expected.add("一、按发文字号");
        int at = 0;
        for (String s : expected) {
            int found = text.indexOf(s, at);
            assertTrue(found >= 0, "missing or out of order: " + s);
            at = found + s.length();
        }
    }

    @Test
    void coverIsDatedWhenTheEditionWasSettledNotWhenItWasRebuilt() {
        for (int year : List.of(2022, 2023, 2024)) {
            String cover = PdfTools.squeezed(PdfTools.pages(pdf(year)).getFirst());
            assertTrue(cover.contains("（" + year + "年版）") && cover.endsWith(year + "年12月"), cover);
        }
        Edition next = new Edition(2025, LocalDate.of(2025, 12, 31), Optional.empty(), List.of());
        assertEquals(YearMonth.of(2025, 6),
                PrintBookBuilder.coverMonth(next, LocalDate.of(2025, 6, 30)));
    }

    @Test
    void tocPageNumbersAreTheRealPages() {
        for (int year : List.of(2022, 2023, 2024)) {
            List<String> pages = PdfTools.pages(pdf(year));
            String toc = PdfTools.squeezed(pages.get(1));
            assertTrue(toc.startsWith("目录"), toc);
            for (Policy policy : edition(year).policies()) {
                Matcher m = Pattern.compile(Pattern.quote(policy.title()) + "\\.{3,}(\\d+)").matcher(toc);
                assertTrue(m.find(), "no TOC entry for " + policy.title());
                int printed = Integer.parseInt(m.group(1));
                assertEquals(firstPageWith(pages, policy.title() + "发文字号"), printed, policy.title());
            }
        }
    }

    private static int firstPageWith(List<String> pages, String text) {
        for (int i = 2; i < pages.size(); i++) {
            if (PdfTools.squeezed(pages.get(i)).contains(text)) {
                return i + 1;
            }
        }
        return -1;
    }

    @Test
    void noLineStartsWithClosingPunctuation() {
        for (Path file : DemoEditions.pdfs(out)) {
            for (String line : PdfTools.run("pdftotext", "-layout", "-enc", "UTF-8", file.toString(), "-").split("\n")) {
                String trimmed = line.strip();
                assertFalse(!trimmed.isEmpty() && NO_LINE_START.indexOf(trimmed.charAt(0)) >= 0,
                        file.getFileName() + ": line starts with punctuation: " + trimmed);
            }
        }
    }

    @Test
    void everyWordLiesInsideTheTextBlock() {
        TypeArea area = TypeArea.of(DemoEditions.REPO.resolve("templates").resolve(PdfRenderer.STYLESHEET));
        List<String> strays = new ArrayList<>();
        DemoEditions.pdfs(out).forEach(f -> strays.addAll(area.strays(f)));
        assertTrue(strays.isEmpty(), () -> strays.size() + " words outside the text block:\n" + String.join("\n", strays));
    }

    @Test
    void everyFontIsEmbeddedAsASubset() {
        String fonts = PdfTools.run("pdffonts", pdf(2024).toString());
        List<String> rows = fonts.lines().skip(2).toList();
        assertFalse(rows.isEmpty(), fonts);
        for (String row : rows) {
            assertTrue(row.matches(".*\\byes\\s+yes\\s+yes\\s+\\d+\\s+\\d+\\s*$"), "not embedded+subset: " + row);
        }
    }

    @Test
    void bookmarksGoEditionCategoryPolicyClause() throws IOException {
        try (PdfReader reader = new PdfReader(pdf(2024).toString())) {
            List<Map<String, Object>> outline = SimpleBookmark.getBookmarkList(reader);
            assertEquals(1, outline.size());
            assertEquals("示例市科技政策汇编（2024年版）", outline.getFirst().get("Title"));
            Edition edition = edition(2024);
            Edition.CategoryGroup group = edition.categories().getFirst();
            Map<String, Object> category = child(outline.getFirst(), group.category());
            Policy policy = group.policies().getFirst();
            Map<String, Object> policyMark = child(category, policy.title());
            Anchor clause = policy.body().toc().stream().filter(a -> a.depth() == 1).findFirst().orElseThrow();
            child(policyMark, clause.label());
            child(outline.getFirst(), "索引");
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> child(Map<String, Object> parent, String title) {
        List<Map<String, Object>> kids = (List<Map<String, Object>>) parent.getOrDefault("Kids", List.of());
        return kids.stream().filter(k -> title.equals(k.get("Title"))).findFirst().orElseThrow(
                () -> new AssertionError("no bookmark " + title + " under " + parent.get("Title") + ": "
                        + kids.stream().map(k -> k.get("Title")).toList()));
    }

    @Test
    void internalLinksGoToPagesThatExist() throws IOException {
        try (PdfReader reader = new PdfReader(pdf(2024).toString())) {
            List<Integer> pageObjects = new ArrayList<>();
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                pageObjects.add(reader.getPageOrigRef(i).getNumber());
            }
            int internal = 0;
            for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                PdfArray annots = reader.getPageN(i).getAsArray(PdfName.ANNOTS);
                for (int k = 0; annots != null && k < annots.size(); k++) {
                    PdfDictionary annot = annots.getAsDict(k);
                    PdfObject dest = PdfLinks.destination(annot);
                    if (dest instanceof PdfArray array) {
                        internal++;
                        assertTrue(pageObjects.contains(array.getAsIndirectObject(0).getNumber()),
                                "link on page " + i + " to a missing page: " + array);
                    } else {
                        assertTrue(dest == null || dest instanceof PdfString, "unexpected destination " + dest);
                    }
                }
            }
            assertTrue(internal > 20, "expected the TOC, index and cross-references to link inside: " + internal);
        }
    }

    @Test
    void isValidPdfA2b() throws Exception {
        VeraGreenfieldFoundryProvider.initialise();
        for (Path file : DemoEditions.pdfs(out)) {
            try (InputStream in = Files.newInputStream(file);
                 PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_2_B);
                 PDFAValidator validator = Foundries.defaultInstance().createValidator(PDFAFlavour.PDFA_2_B, false)) {
                ValidationResult validation = validator.validate(parser);
                List<String> failures = validation.getTestAssertions().stream()
                        .filter(a -> a.getStatus() == TestAssertion.Status.FAILED)
                        .map(a -> a.getRuleId().getClause() + "-" + a.getRuleId().getTestNumber() + " " + a.getMessage())
                        .distinct().limit(20).toList();
                assertTrue(validation.isCompliant(), file.getFileName() + ": " + failures);
            }
        }
    }

    @Test
    void rebuildingGivesIdenticalBytes() throws IOException {
        Path again = temp.resolve("again");
        assertTrue(DemoEditions.build(again).published());
        for (int year : List.of(2022, 2023, 2024)) {
            assertEquals(-1L, Files.mismatch(pdf(year), PdfRenderer.file(again, year)), "edition " + year);
        }
    }
}
