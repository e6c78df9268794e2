package org.compendium.core.render.epub;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.compendium.core.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The e-book's cover is a raster image (library views show it whatever fonts the reader has): a PNG drawn from
 * {@code epub/cover.svg.ftlx} with the PDF's fonts, declared as the EPUB 3 cover-image, shown by the cover page,
 * the same bytes in every build, and the books stay EPUBCheck-valid.
 */
class EpubCoverTest {
    private static final int TITLE_RED = 0x8a1f11;

    @Test
    void theCoverIsAPngWithTheTitleDrawnTheSameInEveryBuild(@TempDir Path tmp) throws IOException {
        BuildResult first = EpubFixture.build(EpubFixture.DEMO, tmp.resolve("a"), EpubFixture.TEMPLATES, List.of(2024));
        BuildResult second = EpubFixture.build(EpubFixture.DEMO, tmp.resolve("b"), EpubFixture.TEMPLATES, List.of(2024));
        assertTrue(first.published() && second.published(), () -> first.diagnostics() + " " + second.diagnostics());
        Path epub = tmp.resolve("a/downloads/compendium-2024.epub");
        EpubFixture.Book book = EpubFixture.Book.read(epub);

        var item = book.xml("EPUB/package.opf").selectFirst("manifest > item[properties=cover-image]");
        assertEquals("cover.png", item.attr("href"));
        assertEquals("image/png", item.attr("media-type"));
        assertEquals("cover.png", book.xml("EPUB/cover.xhtml").selectFirst("img").attr("src"));
        assertTrue(book.xml("EPUB/cover.xhtml").selectFirst("img").attr("alt").contains("（2024年版）"));

        byte[] png = book.entries().get("EPUB/cover.png");
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(1050, image.getWidth());
        assertEquals(1485, image.getHeight());
        // the title in the cover's red on its band, black text (edition, publisher) below it, white margins
        assertTrue(count(image, 340, 420, TITLE_RED) > 2000, "no red title drawn on the cover");
        assertTrue(count(image, 480, 1100, 0x000000) > 2000, "no black text drawn on the cover");
        assertEquals(0, count(image, 0, 250, -1), "the top of the cover is not blank");

        byte[] again = EpubFixture.Book.read(tmp.resolve("b/downloads/compendium-2024.epub")).entries()
                .get("EPUB/cover.png");
        assertArrayEquals(png, again, "the cover PNG differs between two builds");
        EpubValidityTest.assertValid(epub);
    }

    /** Pixels of rows [from, to) within 40 of {@code rgb} in each channel; rgb -1: pixels that are not white. */
    private static int count(BufferedImage image, int from, int to, int rgb) {
        int n = 0;
        for (int y = from; y < to; y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int p = image.getRGB(x, y) & 0xffffff;
                if (rgb < 0 ? p != 0xffffff : near(p, rgb)) {
                    n++;
                }
            }
        }
        return n;
    }

    private static boolean near(int a, int b) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs((a >> shift & 0xff) - (b >> shift & 0xff)) > 40) {
                return false;
            }
        }
        return true;
    }
}
