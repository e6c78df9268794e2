package org.compendium.core.render.epub;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.batik.bridge.FontFace;
import org.apache.batik.bridge.FontFamilyResolver;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.gvt.font.AWTFontFamily;
import org.apache.batik.gvt.font.GVTFontFace;
import org.apache.batik.gvt.font.GVTFontFamily;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.compendium.core.render.pdf.FontRole;
import org.compendium.core.render.pdf.FontSource;

/**
 * The raster cover of the e-book: the cover SVG of the templates ({@code epub/cover.svg.ftlx}) drawn to PNG by
 * Batik with the fonts the PDF is set in. Its {@code font-family} names are the roles {@code Song}, {@code Hei},
 * {@code Kai}, resolved to the located font files only (never to whatever fonts the machine or the reader has),
 * so the cover looks the same in every library view and the PNG is byte-identical in every build with the
 * same fonts.
 */
final class CoverImage {
    private final Map<FontRole, FontSource> sources;
    private final Map<String, Font> fonts = new TreeMap<>();

    /** @param sources the fonts of the roles, read when the first cover is drawn */
    CoverImage(Map<FontRole, FontSource> sources) {
        this.sources = Map.copyOf(sources);
    }

    private void loadFonts() throws IOException {
        if (!fonts.isEmpty()) {
            return;
        }
        for (FontSource source : sources.values()) {
            if (source.role() != FontRole.MONO) {
                fonts.put(source.role().family().toLowerCase(Locale.ROOT), load(source));
            }
        }
    }

    private static Font load(FontSource source) throws IOException {
        try {
            if (source.file().isPresent()) {
                Font[] faces = Font.createFonts(source.file().get().toFile());
                return faces[Math.min(source.ttcIndex(), faces.length - 1)];
            }
            try (InputStream in = CoverImage.class.getClassLoader().getResourceAsStream(source.location())) {
                if (in == null) {
                    throw new IOException("the bundled font " + source.location() + " is missing");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            }
        } catch (FontFormatException e) {
            throw new IOException("cannot read the font for the cover: " + source.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The PNG of {@code svg}, at the SVG's own width and height. */
    byte[] png(String svg) throws TranscoderException, IOException {
        loadFonts();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Transcoder().transcode(new TranscoderInput(new StringReader(svg)), new TranscoderOutput(out));
        return out.toByteArray();
    }

    private GVTFontFamily family(String name) {
        Font font = fonts.get(name.strip().replaceAll("^['\"]|['\"]$", "").toLowerCase(Locale.ROOT));
        return font == null ? null : new AWTFontFamily(new GVTFontFace(name), font);
    }

    /** Batik's PNG transcoder whose font names are the roles only. */
    private final class Transcoder extends PNGTranscoder {
        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public FontFamilyResolver getFontFamilyResolver() {
                    return new RoleFonts();
                }
            };
        }
    }

    private final class RoleFonts implements FontFamilyResolver {
        @Override
        public GVTFontFamily resolve(String familyName) {
            return family(familyName);
        }

        @Override
        public GVTFontFamily resolve(String familyName, FontFace fontFace) {
            return family(familyName);
        }

        @Override
        public GVTFontFamily loadFont(InputStream in, FontFace fontFace) {
            return null; // no web fonts: the cover uses the located fonts only
        }

        @Override
        public GVTFontFamily getDefault() {
            return family("Song");
        }

        @Override
        public GVTFontFamily getFamilyThatCanDisplay(char c) {
            return getDefault();
        }
    }
}
