package org.compendium.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.openpdf.text.pdf.PdfReader;

/** Editions, pages and bytes of the PDFs a build wrote, as {@code editions\tpages\tbytes}. */
final class PdfFigures {

    private PdfFigures() {
    }

    static String of(Path downloads) throws IOException {
        List<Path> pdfs;
        try (Stream<Path> files = Files.list(downloads)) {
            pdfs = files.filter(f -> f.toString().endsWith(".pdf")).sorted().toList();
        }
        long pages = 0;
        long bytes = 0;
        for (Path pdf : pdfs) {
            try (PdfReader reader = new PdfReader(pdf.toString())) {
                pages += reader.getNumberOfPages();
            }
            bytes += Files.size(pdf);
        }
        return pdfs.size() + "\t" + pages + "\t" + bytes;
    }
}
