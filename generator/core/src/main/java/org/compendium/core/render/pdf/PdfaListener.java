package org.compendium.core.render.pdf;

import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.pdf.PDFCreationListener;
import org.openpdf.text.pdf.PdfDate;
import org.openpdf.text.pdf.PdfDictionary;
import org.openpdf.text.pdf.PdfEncryption;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfObject;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

/**
 * Makes the PDF a PDF/A-2b file with fixed metadata. PDF/A-2b rather than 1b: the content may bring
 * images with transparency (PNG alpha, rasterised SVG), which PDF/A-1 forbids, and OpenPDF's CIDSet for
 * subset CID fonts is incomplete, which PDF/A-1 requires but PDF/A-2 does not (fonts are registered with
 * {@code setIncludeCidSet(false)}, see {@link FontSet}). Sets the sRGB output intent, the document
 * information, XMP, {@code /Lang}, the creation and modification dates and the file ID.
 */
final class PdfaListener implements PDFCreationListener {
    static final int CONFORMANCE = PdfWriter.PDFA2B;
    private final PdfMetadata metadata;

    PdfaListener(PdfMetadata metadata) {
        this.metadata = metadata;
    }

    @Override
    public void preOpen(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        writer.setPDFXConformance(CONFORMANCE);
    }

    @Override
    public void preWrite(ITextRenderer renderer, int pageCount) {
        // nothing per page
    }

    @Override
    public void onClose(ITextRenderer renderer) {
        PdfWriter writer = renderer.getWriter();
        try {
            writer.setOutputIntents("Custom", "", "http://www.color.org", "sRGB IEC61966-2.1",
                    ICC_Profile.getInstance(ColorSpace.CS_sRGB));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PdfDictionary info = writer.getInfo();
        info.put(PdfName.TITLE, unicode(metadata.title()));
        info.put(PdfName.AUTHOR, unicode(metadata.author()));
        info.put(PdfName.SUBJECT, unicode(metadata.subject()));
        info.put(PdfName.KEYWORDS, unicode(metadata.keywords()));
        info.put(PdfName.CREATOR, unicode(PdfMetadata.CREATOR));
        PdfDate date = new PdfDate(metadata.calendar());
        info.put(PdfName.CREATIONDATE, date);
        info.put(PdfName.MODDATE, date);
        byte[] id = metadata.fileId();
        info.put(PdfName.FILEID, PdfEncryption.createInfoId(id, id));
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(metadata.language()));
        writer.createXmpMetadata();
    }

    private static PdfString unicode(String text) {
        return new PdfString(text, PdfObject.TEXT_UNICODE);
    }
}
