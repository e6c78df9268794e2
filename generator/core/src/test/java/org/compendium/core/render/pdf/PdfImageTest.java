package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An image the PDF cannot take is an error at the line that shows it, never dropped; Batik loads nothing. */
class PdfImageTest {
    @TempDir
    Path temp;

    /** A WebP file's header (VP8, 40×30), enough for the asset checks; the PDF has no WebP decoder. */
    static byte[] webp() {
        byte[] b = new byte[40];
        System.arraycopy("RIFF".getBytes(), 0, b, 0, 4);
        b[4] = 32;
        System.arraycopy("WEBPVP8 ".getBytes(), 0, b, 8, 8);
        b[16] = 20;
        b[23] = (byte) 0x9D;
        b[24] = 0x01;
        b[25] = 0x2A;
        b[26] = 40;
        b[28] = 30;
        return b;
    }

    @Test
    void anImageThePdfCannotTakeIsAnErrorAtItsLineNotASilentGap() throws Exception {
        ContentFolder content = ContentFolder.create(temp);
        Files.createDirectories(content.root().resolve("assets"));
        Files.write(content.root().resolve("assets/photo.webp"), webp());
        // Plain SVG the checker accepts, which Batik refuses to render (a negative width).
        Files.writeString(content.root().resolve("assets/bad.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " width=\"20\" height=\"20\"><rect width=\"-5\" height=\"10\"/></svg>\n");
        content.write("policies/2023/pictures.md", "---\nid: pictures\ntitle: 图片政策\nissuer: 示例市科学技术局\n"
                + "issued: 2023-05-01\n---\n\n第一条　照片如下。\n\n![现场照片](../../assets/photo.webp)\n\n"
                + "第二条　示意图如下。\n\n　![示意图](../../assets/bad.svg)\n");
        content.write("summaries/2023.md", "---\nyear: 2023\ntitle: 2023年度综述\n---\n\n# 2023年度综述\n\n本年度。\n");
        BuildResult result = new CompendiumBuilder().build(DemoEditions.request(content.root(), temp.resolve("out")));
        List<String> printed = content.printed(result);
        assertFalse(result.published(), printed.toString());
        assertTrue(printed.contains("content/policies/2023/pictures.md:10:1: error: image cannot be printed in the PDF"
                + " [assets/photo.webp: the PDF takes no WEBP images]; expected a PNG, JPEG or GIF image or an SVG"
                + " drawing that Batik renders, as the printed edition would otherwise lose it"), printed.toString());
        assertTrue(printed.stream().anyMatch(l -> l.startsWith("content/policies/2023/pictures.md:14:2: error: image"
                + " cannot be printed in the PDF [assets/bad.svg: Batik cannot render it: ")), printed.toString());
        assertFalse(Files.exists(temp.resolve("out")), "nothing published");
    }

    @Test
    void batikLoadsNoFileAnSvgNames() throws Exception {
        Path folder = Files.createDirectories(temp.resolve("assets"));
        BufferedImage red = new BufferedImage(50, 50, BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 50; x++) {
            for (int y = 0; y < 50; y++) {
                red.setRGB(x, y, 0xFF0000);
            }
        }
        ImageIO.write(red, "png", folder.resolve("red.png").toFile());
        Files.writeString(folder.resolve("leak.svg"), "<svg xmlns=\"http://www.w3.org/2000/svg\""
                + " xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"50\" height=\"50\">"
                + "<image xlink:href=\"red.png\" width=\"50\" height=\"50\"/></svg>");
        ImageEmbedder embedder = new ImageEmbedder();
        String uri = embedder.dataUri(temp, "assets/leak.svg", "policies/x.md");
        if (!uri.isEmpty()) {
            BufferedImage png = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder()
                    .decode(uri.substring(uri.indexOf(',') + 1))));
            assertEquals(0xFFFFFF, png.getRGB(png.getWidth() / 2, png.getHeight() / 2) & 0xFFFFFF,
                    "Batik drew the file the SVG names");
        } else {
            Diagnostics diagnostics = new Diagnostics();
            embedder.reportTo(temp, diagnostics);
            assertTrue(diagnostics.hasErrors());
        }
    }
}
