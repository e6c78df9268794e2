package org.compendium.core.render.fidelity;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.compendium.core.render.pdf.TypeArea;

/**
 * The body text of a PDF in the order it is written: the words pdftotext finds inside the text block (running
 * heads and folios lie outside it), in the order the PDF draws them: line after line, table cell after table
 * cell. Within a line the renderer draws the plain text first and then the inline boxes (links, spans), and list
 * markers ({@code 1.}) before the page's text: so a marker is put back beside the first word of its line, and
 * the words drawn one after another on one line are read from left to right. The bullets the style sheet draws
 * before the items of an unordered list are left out: they are not text (the site and the EPUB show them as list
 * markers, which their text leaves out too).
 */
final class PdfText {
    private static final Pattern MARKER = Pattern.compile("\\d{1,4}\\.|[•◦▪·]");
    /** A bullet of an unordered list: a word of its own, drawn by the style sheet. */
    private static final Pattern BULLET = Pattern.compile("[•◦▪·]");

    private PdfText() {
    }

    /** Where a page begins in {@link #body}. */
    static final char PAGE = '\uE001';

    /** The text, each page after a {@link #PAGE} mark. */
    static String body(Path pdf, TypeArea area) {
        StringBuilder text = new StringBuilder();
        for (TypeArea.Page page : TypeArea.pages(pdf, true)) {
            text.append(PAGE);
            List<TypeArea.Word> words = new ArrayList<>(page.words().stream().filter(w -> area.inBody(page, w)).toList());
            for (TypeArea.Word w : inOrder(words)) {
                if (!BULLET.matcher(w.text()).matches()) { // print.css's ul li::before, not a character of the text
                    text.append(w.text()).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static List<TypeArea.Word> inOrder(List<TypeArea.Word> words) {
        List<TypeArea.Word> out = markersInPlace(words);
        int from = 0;
        for (int i = 1; i <= out.size(); i++) {
            if (i == out.size() || !sameLine(out.get(i - 1), out.get(i))) {
                out.subList(from, i).sort(java.util.Comparator.comparingDouble(TypeArea.Word::xMin));
                from = i;
            }
        }
        return out;
    }

    private static List<TypeArea.Word> markersInPlace(List<TypeArea.Word> words) {
        List<TypeArea.Word> out = new ArrayList<>(words);
        for (TypeArea.Word marker : words) {
            int at = out.indexOf(marker);
            boolean alone = at + 1 >= out.size() || !sameLine(marker, out.get(at + 1));
            if (!MARKER.matcher(marker.text()).matches() || !alone) {
                continue;
            }
            for (int i = at + 1; i < out.size(); i++) {
                TypeArea.Word w = out.get(i);
                if (sameLine(marker, w) && w.xMin() >= marker.xMax() - 1) {
                    out.remove(at);
                    out.add(i - 1, marker);
                    break;
                }
            }
        }
        return out;
    }

    private static boolean sameLine(TypeArea.Word a, TypeArea.Word b) {
        return Math.abs(a.yMax() - b.yMax()) < 1.5;
    }
}
