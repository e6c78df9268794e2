package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.Result;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import javax.imageio.ImageIO;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An external link in print: its text and [n], and after the text a list giving n, the full address (broken
 * across lines without losing a character) and a QR code of it, decoded back from the rendered page with ZXing.
 * The EPUB keeps the live link. On the demo's video note and on the pasted notice's long address.
 */
class PrintedLinksTest {
    private static final String VIDEO = "https://kjj.example.gov.cn/video/2024-06-25.html";
    private static final String PLATFORM = "https://zwfw.kjj.example.gov.cn/zcdx/gqpy/apply?from=notice&year=2022"
            + "&category=keji-fuwu";
    @TempDir
    Path tmp;

    private static Path build(Path content, Path out, int year) {
        BuildRequest request = BuildRequest.builder(content).outputDir(out).templatesDir(ContentFolder.TEMPLATES)
                .formats(EnumSet.of(OutputFormat.PDF, OutputFormat.EPUB)).editions(List.of(year))
                .timestamp(DemoEditions.TIME).build();
        BuildResult result = new CompendiumBuilder().build(request);
        assertTrue(result.published(), result.diagnostics().toString());
        return PdfRenderer.file(out, year);
    }

    /** The number of the page whose text holds the address, from 1. */
    private static int pageWith(Path pdf, String url) {
        List<String> pages = PdfTools.pages(pdf);
        for (int i = 0; i < pages.size(); i++) {
            if (PdfTools.squeezed(pages.get(i)).contains(url)) {
                return i + 1;
            }
        }
        throw new AssertionError("no page of " + pdf.getFileName() + " holds the address " + url);
    }

    /** The QR codes ZXing finds on a page rendered at 150 dpi by pdftoppm. */
    private List<String> qrCodes(Path pdf, int page) throws IOException, NotFoundException {
        Path prefix = tmp.resolve("page");
        PdfTools.run("pdftoppm", "-png", "-r", "150", "-f", String.valueOf(page), "-l", String.valueOf(page),
                pdf.toString(), prefix.toString());
        Path png;
        try (Stream<Path> files = Files.list(tmp)) {
            png = files.filter(f -> f.getFileName().toString().startsWith("page")).findFirst().orElseThrow();
        }
        BufferedImage image = ImageIO.read(png.toFile());
        Files.delete(png);
        int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(
                new RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
        List<String> texts = new ArrayList<>();
        for (Result r : new QRCodeMultiReader().decodeMultiple(bitmap, Map.of(DecodeHintType.TRY_HARDER, true))) {
            texts.add(r.getText());
        }
        return texts;
    }

    @Test
    void theVideoNotesLinkPrintsItsNumberAddressAndQrCode() throws Exception {
        Path pdf = build(ContentFolder.PROJECT.resolve("content"), tmp.resolve("out"), 2024);
        // the body text, without running heads and folios: the link's text may run over a page break
        String text = PdfTools.squeezed(TypeArea.of(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET)).bodyText(pdf));
        assertTrue(text.contains("观看视频（示例市科学技术局网站）[1]"), "no [1] after the link's text");
        int page = pageWith(pdf, "[1]" + VIDEO);
        assertEquals(List.of(VIDEO), qrCodes(pdf, page));
        try (ZipFile epub = new ZipFile(tmp.resolve("out/downloads/compendium-2024.epub").toFile())) {
            String note = new String(epub.getInputStream(epub.getEntry("EPUB/note-jd-sl-kj-2024-06.xhtml")).readAllBytes(),
                    java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(note.contains("<a href=\"" + VIDEO + "\">观看视频（示例市科学技术局网站）</a>"), note);
        }
    }

    @Test
    void aLongAddressIsPrintedWholeAcrossLines() throws Exception {
        ContentFolder content = ContentFolder.create(tmp, ContentFolder.RESOURCES.resolve("fixtures/pasted-notice"));
        Path pdf = build(content.root(), tmp.resolve("out"), 2022);
        int page = pageWith(pdf, "[1]" + PLATFORM);
        String[] lines = PdfTools.pages(pdf).get(page - 1).lines().filter(l -> l.contains("zwfw") || l.contains("keji"))
                .toArray(String[]::new);
        assertTrue(lines.length >= 1, "the address is on the page");
        assertTrue(PdfTools.squeezed(String.join("", PdfTools.pages(pdf))).contains("示例市科技政策兑现平台[1]"));
        assertEquals(List.of(PLATFORM), qrCodes(pdf, page));
        List<String> strays = TypeArea.of(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET)).strays(pdf);
        assertTrue(strays.isEmpty(), () -> String.join("\n", strays));
    }
}
