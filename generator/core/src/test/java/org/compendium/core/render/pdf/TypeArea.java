package org.compendium.core.render.pdf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * Where the words of a PDF lie, from {@code pdftotext -bbox}, against the text block of print.css (the page
 * minus the margins of its first {@code @page} rule): the running header may sit in the top margin and the
 * folio in the bottom one, nothing may cross the left or right edge of the block. The first page (the cover,
 * a page without margins) need only hold its words inside the sheet.
 */
public final class TypeArea {
    private static final double MM = 72 / 25.4;
    private static final double TOLERANCE = 1.0;
    private final double top;
    private final double right;
    private final double bottom;
    private final double left;

    private TypeArea(double top, double right, double bottom, double left) {
        this.top = top;
        this.right = right;
        this.bottom = bottom;
        this.left = left;
    }

    /** The margins of the first {@code @page} rule of the style sheet ({@code margin: T R B L} in mm). */
    public static TypeArea of(Path css) {
        try {
            Matcher m = Pattern.compile("@page\\s*\\{[^}]*?margin:\\s*([\\d.]+)mm\\s+([\\d.]+)mm\\s+([\\d.]+)mm\\s+([\\d.]+)mm")
                    .matcher(Files.readString(css));
            if (!m.find()) {
                throw new IllegalStateException("no @page margin: T R B L in mm in " + css);
            }
            return new TypeArea(Double.parseDouble(m.group(1)) * MM, Double.parseDouble(m.group(2)) * MM,
                    Double.parseDouble(m.group(3)) * MM, Double.parseDouble(m.group(4)) * MM);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public record Word(int page, double xMin, double yMin, double xMax, double yMax, String text) {
    }

    public record Page(int number, double width, double height, List<Word> words) {
    }

    static List<Page> pages(Path pdf) {
        return pages(pdf, false);
    }

    /**
     * The words of each page; {@code raw}: in the order the PDF draws them (pdftotext -raw), which is the order of
     * the text but for list markers, else in pdftotext's reading order (which may take a column of short words,
     * 第十条 above 第十一条, for a block of its own).
     */
    public static List<Page> pages(Path pdf, boolean raw) {
        List<String> command = new ArrayList<>(List.of("pdftotext", "-bbox", "-enc", "UTF-8", pdf.toString(), "-"));
        if (raw) {
            command.add(1, "-raw");
        }
        String xml = PdfTools.run(command.toArray(String[]::new));
        List<Page> pages = new ArrayList<>();
        org.jsoup.nodes.Document doc = Jsoup.parse(xml, "", Parser.xmlParser());
        for (Element page : doc.select("page")) {
            List<Word> words = new ArrayList<>();
            for (Element w : page.select("word")) {
                words.add(new Word(pages.size() + 1, d(w, "xMin"), d(w, "yMin"), d(w, "xMax"), d(w, "yMax"), w.text()));
            }
            pages.add(new Page(pages.size() + 1, d(page, "width"), d(page, "height"), words));
        }
        return pages;
    }

    private static double d(Element e, String attr) {
        return Double.parseDouble(e.attr(attr));
    }

    /** The words of the PDF that lie outside where they may be, described for a failure message. */
    public List<String> strays(Path pdf) {
        List<String> strays = new ArrayList<>();
        for (Page page : pages(pdf)) {
            for (Word w : page.words()) {
                boolean inSheet = w.xMin() >= -TOLERANCE && w.yMin() >= -TOLERANCE
                        && w.xMax() <= page.width() + TOLERANCE && w.yMax() <= page.height() + TOLERANCE;
                boolean inBlock = page.number() == 1 || (w.xMin() >= left - TOLERANCE
                        && w.xMax() <= page.width() - right + TOLERANCE);
                if (!inSheet || !inBlock) {
                    strays.add(String.format(java.util.Locale.ROOT, "%s p.%d [%.1f,%.1f–%.1f,%.1f] %s", pdf.getFileName(),
                            page.number(), w.xMin(), w.yMin(), w.xMax(), w.yMax(), w.text()));
                }
            }
        }
        return strays;
    }

    /** The x of the text block's right edge on a page. */
    public double rightEdge(Page page) {
        return page.width() - right;
    }

    /** Whether a word lies in the text block's height (not a running header, not a folio); all of the cover. */
    public boolean inBody(Page page, Word w) {
        return page.number() == 1 || (w.yMin() >= top - TOLERANCE && w.yMax() <= page.height() - bottom + TOLERANCE);
    }

    /** The text of the body: the words inside the text block's height (no running header, no folio), in order. */
    public String bodyText(Path pdf) {
        StringBuilder text = new StringBuilder();
        for (Page page : pages(pdf)) {
            for (Word w : page.words()) {
                if (page.number() == 1 || (w.yMin() >= top - TOLERANCE && w.yMax() <= page.height() - bottom + TOLERANCE)) {
                    text.append(w.text());
                }
            }
        }
        return text.toString();
    }
}
