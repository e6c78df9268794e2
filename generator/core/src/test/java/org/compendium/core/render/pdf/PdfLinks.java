package org.compendium.core.render.pdf;

import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfReader;

/** Link annotations of a PDF read with OpenPDF, for the tests. */
final class PdfLinks {
    private PdfLinks() {
    }

    /** The destination of a link annotation (its /Dest, or the /D of a GoTo action), or null. */
    static PdfObject destination(PdfDictionary annot) {
        if (annot.contains(PdfName.DEST)) {
            return PdfReader.getPdfObject(annot.get(PdfName.DEST));
        }
        PdfDictionary action = annot.getAsDict(PdfName.A);
        if (action != null && PdfName.GOTO.equals(action.getAsName(PdfName.S))) {
            return PdfReader.getPdfObject(action.get(PdfName.D));
        }
        return null;
    }
}
