package org.compendium.core.render.pdf;

import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.jsoup.nodes.Element;

/**
 * The external links of a body as print needs them: paper cannot be clicked, so each link the editor wrote to
 * an address outside the compendium ({@code http:}, {@code https:}, {@code mailto:}, {@code tel:}) gets a number
 * ({@code data-link}, which print.css prints after the link's text) and a {@link PrintBook.PrintLink} with the
 * full address and a QR code of it, which the template lists after the text.
 */
final class PrintLinks {
    private static final Pattern EXTERNAL = Pattern.compile("(?i)(https?|mailto|tel):.+");
    /** Pixels per QR module: 4 px at the printed size of print.css (about 20 mm) is above 300 dpi. */
    private static final int MODULE_PX = 8;

    private PrintLinks() {
    }

    /** Numbers the body's external links in document order and lists them. */
    static List<PrintBook.PrintLink> number(Element body) {
        List<PrintBook.PrintLink> links = new ArrayList<>();
        for (Element a : body.select("a[href]")) {
            String url = a.attr("href");
            if (!EXTERNAL.matcher(url).matches()) {
                continue;
            }
            int n = links.size() + 1;
            a.addClass("external").attr("data-link", String.valueOf(n));
            links.add(new PrintBook.PrintLink(n, a.text(), url, qrCode(url)));
        }
        return links;
    }

    /** A QR code of the text (error correction M, a quiet zone of four modules) as a {@code data:image/png} URI. */
    static String qrCode(String text) {
        try {
            BitMatrix matrix = new QRCodeWriter().encode(text, com.google.zxing.BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
            int size = matrix.getWidth() * MODULE_PX;
            BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_BYTE_GRAY);
            for (int y = 0; y < size; y++) {
                for (int x = 0; x < size; x++) {
                    image.getRaster().setSample(x, y, 0, matrix.get(x / MODULE_PX, y / MODULE_PX) ? 0 : 255);
                }
            }
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            ImageIO.write(image, "png", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException e) {
            throw new IllegalArgumentException("no QR code for an address of " + text.length() + " characters", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
