package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.compendium.core.render.pdf.PdfTools;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The two text columns of a printed 修订对照表, read back with pdftotext: on each page of the table (from its
 * first page while the running header is 附录修订对照), the rectangles under the repeated header row 修改前 and
 * 修改后 down to the folio, cropped apart, so a clause broken over pages reads whole and nothing of the other
 * column comes between.
 *
 * @param before the 修改前 column's text of all pages, whitespace taken out
 * @param after  the 修改后 column's
 * @param pages  how many pages the table covers
 */
record ComparisonColumns(String before, String after, int pages) {

    /** @param squeezed the PDF's pages, whitespace taken out; {@code first} 0-based */
    static ComparisonColumns read(Path pdf, List<String> squeezed, int first) {
        List<Element> words = Jsoup.parse(PdfTools.run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"),
                "", Parser.xmlParser()).select("page");
        StringBuilder before = new StringBuilder();
        StringBuilder after = new StringBuilder();
        int pages = 0;
        for (int p = first; p < squeezed.size() && squeezed.get(p).startsWith("附录修订对照"); p++) {
            Element page = words.get(p);
            Element headBefore = word(page, "修改前");
            Element headAfter = word(page, "修改后");
            assertTrue(headBefore != null && headAfter != null && word(page, "说明") != null,
                    "page " + (p + 1) + " repeats the table's header row");
            // 修改前 and 修改后 are as wide as each other, their headings centred: the columns' edges follow.
            float width = center(headAfter) - center(headBefore);
            float left = center(headBefore) - width / 2;
            float top = f(headBefore, "yMax") + 1;
            float bottom = page.select("word").stream().filter(w -> w.text().equals("—"))
                    .map(w -> f(w, "yMin")).max(Float::compare).orElseThrow() - 1;
            before.append(crop(pdf, p + 1, left, top, width, bottom - top));
            after.append(crop(pdf, p + 1, left + width, top, width, bottom - top));
            pages++;
        }
        return new ComparisonColumns(PdfTools.squeezed(before.toString()), PdfTools.squeezed(after.toString()), pages);
    }

    /** The body lines of a Markdown source as a reader sees them: heading marks and ** taken off, blank lines left out. */
    static List<String> sourceLines(Path file) {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            String body = text.substring(text.indexOf("\n---\n", 4) + 5);
            List<String> out = new ArrayList<>();
            for (String line : body.split("\n")) {
                if (!line.isBlank()) {
                    out.add(line.replaceFirst("^#+\\s+", "").replace("**", "").strip());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Element word(Element page, String text) {
        return page.select("word").stream().filter(w -> w.text().equals(text)).findFirst().orElse(null);
    }

    private static float f(Element word, String attr) {
        return Float.parseFloat(word.attr(attr));
    }

    private static float center(Element word) {
        return (f(word, "xMin") + f(word, "xMax")) / 2;
    }

    /** The text of a rectangle of a page (points, from the top left). */
    private static String crop(Path pdf, int page, float x, float y, float w, float h) {
        return PdfTools.run("pdftotext", "-r", "72", "-layout", "-enc", "UTF-8", "-f", "" + page, "-l", "" + page,
                "-x", "" + (int) x, "-y", "" + (int) y, "-W", "" + (int) Math.ceil(w), "-H", "" + (int) Math.ceil(h),
                pdf.toString(), "-");
    }
}
