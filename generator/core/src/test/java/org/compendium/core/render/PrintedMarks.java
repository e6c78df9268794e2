package org.compendium.core.render;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.compendium.core.render.pdf.PdfTools;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * What a printed 修订对照表 shows on each of its characters, seen as a reader sees it: the characters of the 修改前 and
 * 修改后 columns with their boxes ({@code pdftotext -bbox}, a word's width shared out among its characters, which must
 * all be full-width), and whether a dark horizontal line crosses the whole of a character's box at its mid-height
 * (struck through) or at its foot (underlined), in the page rendered by {@code pdftoppm}. A line counts only where
 * every pixel across the character's advance is dark: a stroke of the glyph itself (一, 二, 三, the foot of 且) stops
 * short of the side bearings and does not reach it.
 */
final class PrintedMarks {
    /** Pixels per point of the rendering (288 dpi). */
    private static final int SCALE = 4;
    /** Darker than this is ink. */
    private static final int INK = 128;

    /** What a character carries. */
    enum Mark {
        NONE, STRUCK, UNDERLINED, BOTH
    }

    /** One printed character of a column: where it is and what mark it carries. */
    record Glyph(int page, String character, double x, double y, double width, double height, Mark mark) {
        @Override
        public String toString() {
            return character + "@p" + page + "(" + Math.round(x) + "," + Math.round(y) + "):" + mark;
        }
    }

    /** The two text columns of the table. */
    record Columns(List<Glyph> before, List<Glyph> after) {
    }

    private PrintedMarks() {
    }

    /**
     * The columns of the table from page {@code first} (0-based) on while the running header is 附录修订对照, each in
     * reading order (line by line, then left to right).
     *
     * @param squeezed the PDF's pages, whitespace taken out ({@link PdfTools#squeezed})
     * @param work     a folder for the rendered pages
     */
    static Columns read(Path pdf, List<String> squeezed, int first, Path work) {
        List<Element> pages = Jsoup.parse(PdfTools.run("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"),
                "", Parser.xmlParser()).select("page");
        List<Glyph> before = new ArrayList<>();
        List<Glyph> after = new ArrayList<>();
        for (int p = first + 1; p <= squeezed.size() && squeezed.get(p - 1).startsWith("附录修订对照"); p++) {
            Element page = pages.get(p - 1);
            Element headBefore = word(page, "修改前");
            Element headAfter = word(page, "修改后");
            if (headBefore == null || headAfter == null) {
                throw new AssertionError("page " + p + " has no header row 修改前 / 修改后");
            }
            double width = center(headAfter) - center(headBefore);
            double left = center(headBefore) - width / 2;
            double top = f(headBefore, "yMax") + 1;
            double bottom = page.select("word").stream().filter(w -> w.text().equals("—"))
                    .mapToDouble(w -> f(w, "yMin")).max().orElseThrow() - 1;
            Gray image = Gray.render(pdf, p, work);
            List<Element> words = page.select("word").stream()
                    .filter(w -> f(w, "yMin") > top && f(w, "yMax") < bottom)
                    .sorted(Comparator.comparingDouble((Element w) -> Math.round(f(w, "yMin") * 2))
                            .thenComparingDouble(w -> f(w, "xMin"))).toList();
            for (Element w : words) {
                if (f(w, "xMin") >= left - 1 && f(w, "xMax") <= left + width + 1) {
                    before.addAll(glyphs(w, p, image));
                } else if (f(w, "xMin") >= left + width - 1 && f(w, "xMax") <= left + 2 * width + 1) {
                    after.addAll(glyphs(w, p, image));
                }
            }
        }
        return new Columns(before, after);
    }

    /** A word's characters, each as wide as the word's width shared out (the table's text is full-width only). */
    private static List<Glyph> glyphs(Element word, int page, Gray image) {
        String text = word.text();
        int n = text.codePointCount(0, text.length());
        double x0 = f(word, "xMin");
        double y0 = f(word, "yMin");
        double advance = (f(word, "xMax") - x0) / n;
        double height = f(word, "yMax") - y0;
        if (Math.abs(advance - height) > 0.5) {
            throw new AssertionError("[" + text + "] on page " + page + " is not of full-width characters only: "
                    + advance + " pt a character, " + height + " pt high");
        }
        List<Glyph> out = new ArrayList<>();
        int i = 0;
        for (int cp : text.codePoints().toArray()) {
            double x = x0 + i++ * advance;
            boolean struck = image.line(x, x + advance, y0 + 0.35 * height, y0 + 0.8 * height);
            boolean underlined = image.line(x, x + advance, y0 + 0.85 * height, y0 + 1.2 * height);
            Mark mark = struck ? (underlined ? Mark.BOTH : Mark.STRUCK) : underlined ? Mark.UNDERLINED : Mark.NONE;
            out.add(new Glyph(page, Character.toString(cp), x, y0, advance, height, mark));
        }
        return out;
    }

    /** The text of clauses written with their changes marked ({-deleted-}, {+inserted+}), marks and spaces taken out. */
    static String plain(List<String> marked) {
        return String.join("", marked).replaceAll("\\{[-+]|[-+]}", "").replace(" ", "");
    }

    /** The mark each character of {@link #plain} should carry: struck between {- and -}, underlined between {+ and +}. */
    static List<Mark> expected(List<String> marked) {
        List<Mark> out = new ArrayList<>();
        String all = String.join("", marked).replace(" ", "");
        Mark mark = Mark.NONE;
        for (int i = 0; i < all.length(); ) {
            if (all.startsWith("{-", i) || all.startsWith("{+", i)) {
                mark = all.charAt(i + 1) == '-' ? Mark.STRUCK : Mark.UNDERLINED;
                i += 2;
            } else if (all.startsWith("-}", i) || all.startsWith("+}", i)) {
                mark = Mark.NONE;
                i += 2;
            } else {
                out.add(mark);
                i += Character.charCount(all.codePointAt(i));
            }
        }
        return out;
    }

    /** The printed characters in order. */
    static String text(List<Glyph> glyphs) {
        StringBuilder out = new StringBuilder();
        glyphs.forEach(g -> out.append(g.character()));
        return out.toString();
    }

    /** The printed characters whose mark is not the one {@code marked} gives them (same text assumed). */
    static List<String> wrong(List<Glyph> glyphs, List<String> marked) {
        List<Mark> expected = expected(marked);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < Math.min(glyphs.size(), expected.size()); i++) {
            if (glyphs.get(i).mark() != expected.get(i)) {
                out.add(glyphs.get(i) + ", expected " + expected.get(i));
            }
        }
        return out;
    }

    private static Element word(Element page, String text) {
        return page.select("word").stream().filter(w -> w.text().equals(text)).findFirst().orElse(null);
    }

    private static double f(Element word, String attr) {
        return Double.parseDouble(word.attr(attr));
    }

    private static double center(Element word) {
        return (f(word, "xMin") + f(word, "xMax")) / 2;
    }

    /** A page rendered in grey levels by pdftoppm (a binary PGM). */
    private record Gray(int width, int height, byte[] pixels, int offset) {

        static Gray render(Path pdf, int page, Path work) {
            try {
                Files.createDirectories(work);
                Path prefix = work.resolve("page-" + page);
                PdfTools.run("pdftoppm", "-r", "" + 72 * SCALE, "-gray", "-singlefile", "-f", "" + page, "-l", "" + page,
                        pdf.toString(), prefix.toString());
                byte[] data = Files.readAllBytes(Path.of(prefix + ".pgm"));
                int[] header = new int[3];
                int at = 2;
                for (int k = 0; k < 3; k++) {
                    while (Character.isWhitespace(data[at])) {
                        at++;
                    }
                    int value = 0;
                    while (Character.isDigit(data[at])) {
                        value = value * 10 + data[at++] - '0';
                    }
                    header[k] = value;
                }
                if (data[0] != 'P' || data[1] != '5' || header[2] != 255) {
                    throw new IllegalStateException("not an 8-bit binary PGM: " + prefix + ".pgm");
                }
                return new Gray(header[0], header[1], data, at + 1);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /**
         * True when a row of pixels between {@code top} and {@code bottom} (points) is ink over the whole advance
         * from {@code left} to {@code right}, but for a pixel at each end (anti-aliasing at the box's edges).
         */
        boolean line(double left, double right, double top, double bottom) {
            int c0 = (int) Math.floor(left * SCALE) + 1;
            int c1 = (int) Math.ceil(right * SCALE) - 2;
            for (int r = (int) Math.floor(top * SCALE); r <= Math.ceil(bottom * SCALE) && r < height; r++) {
                boolean ink = true;
                for (int c = c0; c <= c1 && ink; c++) {
                    ink = (pixels[offset + r * width + c] & 0xff) < INK;
                }
                if (ink) {
                    return true;
                }
            }
            return false;
        }
    }
}
