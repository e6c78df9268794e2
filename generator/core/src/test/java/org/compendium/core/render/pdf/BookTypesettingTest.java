package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.BuildResult;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfArray;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/**
 * The demo editions typeset as a print shop expects, read back with poppler: list numbers with their text,
 * markers that give the page of their note (checked against the link's own destination), the same gap after
 * every 第X条.
 */
class BookTypesettingTest {
    /** A list number or clause number alone: 1. ／ （一） ／ 一、 */
    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d+[.．、]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、)");
    private static final Pattern MARKER_START = Pattern.compile("〔(文字解读|图解|问答|视频)");
    private static final Pattern MARKER = Pattern.compile("〔(文字解读|图解|问答|视频)，见第(\\d+)页〕");
    @TempDir
    static Path temp;
    static Path out;
    static BuildResult result;

    @BeforeAll
    static void build() {
        out = temp.resolve("out");
        result = DemoEditions.build(out);
        assertTrue(result.published(), () -> result.diagnostics().toString());
    }

    @Test
    void noLineHoldsOnlyANumber() {
        for (Path pdf : DemoEditions.pdfs(out)) {
            List<String> pages = PdfTools.pages(pdf);
            for (int i = 0; i < pages.size(); i++) {
                for (String line : pages.get(i).split("\n")) {
                    assertFalse(BARE_NUMBER.matcher(line.strip()).matches(),
                            pdf.getFileName() + " p." + (i + 1) + ": a number alone on its line: " + line);
                }
            }
        }
    }

    @Test
    void markersAreWholeAndGiveThePageTheirLinkGoesTo() throws IOException {
        int checked = 0;
        for (Path pdf : DemoEditions.pdfs(out)) {
            Document words = Jsoup.parse(PdfTools.run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"),
                    "", Parser.xmlParser());
            try (PdfReader reader = new PdfReader(pdf.toString())) {
                List<Element> pages = words.select("page");
                for (int p = 0; p < pages.size(); p++) {
                    float height = Float.parseFloat(pages.get(p).attr("height"));
                    for (Element word : pages.get(p).select("word")) {
                        if (!MARKER_START.matcher(word.text()).find() || !word.text().contains("见第")) {
                            continue;
                        }
                        Matcher m = MARKER.matcher(word.text());
                        assertTrue(m.find(), pdf.getFileName() + " p." + (p + 1) + ": a marker split: " + word.text());
                        float x = (f(word, "xMin") + f(word, "xMax")) / 2;
                        float y = height - (f(word, "yMin") + f(word, "yMax")) / 2;
                        int target = linkTarget(reader, p + 1, x, y);
                        assertEquals(target, Integer.parseInt(m.group(2)),
                                pdf.getFileName() + " p." + (p + 1) + ": " + word.text() + " links to page " + target);
                        checked++;
                    }
                }
            }
        }
        assertTrue(checked >= 10, "expected the demo's markers, found " + checked);
    }

    @Test
    void everyArticleHasTheSameGapAfterItsNumber() {
        List<Float> gaps = new ArrayList<>();
        for (Path pdf : DemoEditions.pdfs(out)) {
            Document words = Jsoup.parse(PdfTools.run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"),
                    "", Parser.xmlParser());
            for (Element word : words.select("word")) {
                Element next = word.nextElementSibling();
                if (word.text().matches("第[一二三四五六七八九十百]+条") && next != null
                        && Math.abs(f(next, "yMin") - f(word, "yMin")) < 1 && f(word, "xMin") < 110) {
                    gaps.add(f(next, "xMin") - f(word, "xMax"));
                }
            }
        }
        assertTrue(gaps.size() > 20, "expected the demo's articles: " + gaps);
        float min = gaps.stream().min(Float::compare).orElseThrow();
        float max = gaps.stream().max(Float::compare).orElseThrow();
        // One em (16pt) everywhere; a justified line adds its letter spacing (under 2pt), never a stretched space.
        assertTrue(max - min < 2.5f && min > 15f, "gaps after 第X条 differ: " + gaps);
    }

    private static float f(Element e, String attribute) {
        return Float.parseFloat(e.attr(attribute));
    }

    /** The page (1-based) the link under (x, y) on page {@code page} goes to, or -1. */
    private static int linkTarget(PdfReader reader, int page, float x, float y) {
        PdfArray annots = reader.getPageN(page).getAsArray(PdfName.ANNOTS);
        for (int k = 0; annots != null && k < annots.size(); k++) {
            PdfDictionary annot = annots.getAsDict(k);
            PdfArray rect = annot.getAsArray(PdfName.RECT);
            float x1 = rect.getAsNumber(0).floatValue();
            float y1 = rect.getAsNumber(1).floatValue();
            float x2 = rect.getAsNumber(2).floatValue();
            float y2 = rect.getAsNumber(3).floatValue();
            if (x >= Math.min(x1, x2) && x <= Math.max(x1, x2) && y >= Math.min(y1, y2) && y <= Math.max(y1, y2)) {
                PdfObject dest = PdfLinks.destination(annot);
                if (dest instanceof PdfArray array) {
                    int ref = array.getAsIndirectObject(0).getNumber();
                    for (int i = 1; i <= reader.getNumberOfPages(); i++) {
                        if (reader.getPageOrigRef(i).getNumber() == ref) {
                            return i;
                        }
                    }
                }
            }
        }
        return -1;
    }
}
