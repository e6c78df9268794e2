package org.compendium.core.render.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The lines of each page of a PDF as poppler reads them ({@code pdftotext -bbox-layout}), split into the running
 * header (above the text block), the body and the folio (below it), with how far down the text block the body
 * reaches.
 *
 * @param bottoms how far below the text block's top each line of {@code body} ends, in pt
 * @param height  the text block's height, in pt
 */
record PageLines(int number, List<String> header, List<String> body, double fill, List<Double> bottoms,
                 double height) {
    /** The height left free at the foot of the text block, in pt. */
    double free() {
        return height * (1 - fill);
    }

    private static final double MM = 72 / 25.4;

    /** The pages of {@code pdf}, whose text block starts {@code topMm} from the top and ends {@code bottomMm} above the foot. */
    static List<PageLines> of(Path pdf, double topMm, double bottomMm) {
        String xml = PdfTools.run("pdftotext", "-bbox-layout", "-enc", "UTF-8", pdf.toString(), "-");
        List<PageLines> pages = new ArrayList<>();
        for (Element page : Jsoup.parse(xml, "", Parser.xmlParser()).select("page")) {
            double top = topMm * MM;
            double bottom = Double.parseDouble(page.attr("height")) - bottomMm * MM;
            List<Element> lines = new ArrayList<>(page.select("line"));
            lines.sort(Comparator.comparingDouble((Element l) -> d(l, "yMin")).thenComparingDouble(l -> d(l, "xMin")));
            List<String> header = new ArrayList<>();
            List<String> body = new ArrayList<>();
            List<Double> bottoms = new ArrayList<>();
            double lowest = top;
            for (Element line : lines) {
                String text = PdfTools.squeezed(line.select("word").eachText().stream().reduce("", String::concat));
                if (d(line, "yMax") <= top + 1) {
                    header.add(text);
                } else if (d(line, "yMin") < bottom - 1) {
                    body.add(text);
                    bottoms.add(d(line, "yMax") - top);
                    lowest = Math.max(lowest, d(line, "yMax"));
                }
            }
            pages.add(new PageLines(pages.size() + 1, header, body, (lowest - top) / (bottom - top), bottoms,
                    bottom - top));
        }
        return pages;
    }

    private static double d(Element e, String attribute) {
        return Double.parseDouble(e.attr(attribute));
    }
}
