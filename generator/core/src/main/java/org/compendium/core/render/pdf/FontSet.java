package org.compendium.core.render.pdf;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.openpdf.css.constants.IdentValue;
import org.openpdf.pdf.FontDescription;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.text.pdf.BaseFont;

/**
 * The loaded fonts of a build, one per {@link FontRole}, embedded and subset (Identity-H). Loaded once and
 * shared by every edition, which is what keeps rendering fast.
 */
public final class FontSet {
    private final Map<FontRole, FontSource> sources;
    private final Map<FontRole, BaseFont> fonts;

    private FontSet(Map<FontRole, FontSource> sources, Map<FontRole, BaseFont> fonts) {
        this.sources = sources;
        this.fonts = fonts;
    }

    /** Loads the located fonts; a bundled font is read once even when it fills several roles. */
    public static FontSet load(Map<FontRole, FontSource> sources) throws IOException {
        Map<FontRole, BaseFont> fonts = new EnumMap<>(FontRole.class);
        Map<String, BaseFont> byLocation = new java.util.HashMap<>();
        for (var entry : sources.entrySet()) {
            FontSource source = entry.getValue();
            BaseFont font = byLocation.get(source.location());
            if (font == null) {
                font = create(source);
                byLocation.put(source.location(), font);
            }
            fonts.put(entry.getKey(), font);
        }
        return new FontSet(new EnumMap<>(sources), fonts);
    }

    private static BaseFont create(FontSource source) throws IOException {
        // Not from OpenPDF's static font cache: each worker typesetting an edition needs its own instances,
        // because the subset prefixes are seeded per edition (see seedSubsetPrefixes).
        BaseFont font = source.isBundled() ? bundled(source.location()) : BaseFont.createFont(source.location(),
                BaseFont.IDENTITY_H, BaseFont.EMBEDDED, BaseFont.NOT_CACHED);
        // PDF/A-2 does not require a CIDSet, and a wrong one is an error; leave it out.
        font.setIncludeCidSet(false);
        font.setSubset(true);
        return font;
    }

    private static BaseFont bundled(String resource) throws IOException {
        try (InputStream in = FontSet.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("the bundled font " + resource
                        + " is not on the classpath (ph-fonts-noto-sans-sc, ph-fonts-kurinto-mono)");
            }
            return BaseFont.createFont(resource.substring(resource.lastIndexOf('/') + 1), BaseFont.IDENTITY_H,
                    BaseFont.EMBEDDED, BaseFont.NOT_CACHED, in.readAllBytes(), null);
        }
    }

    public BaseFont font(FontRole role) {
        return fonts.get(role);
    }

    public FontSource source(FontRole role) {
        return sources.get(role);
    }

    /** "Song ← …; Hei ← …; Kai ← …" for logs and reports. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        sources.values().forEach(s -> parts.add(s.describe()));
        return String.join("; ", parts);
    }

    /**
     * Registers each role under its CSS family name at weight 400 (UMing claims to be bold, which would
     * make the renderer pick it for bold only); the print CSS uses no bold, Hei stands in for emphasis.
     * The generic families the renderer falls back to ({@code serif}, {@code sans-serif}, {@code monospace}:
     * Times, Helvetica and Courier, which cannot be embedded, so PDF/A refuses them) are the roles' fonts too,
     * so a style sheet that names no role, or a family not installed, still gives an embedded font.
     */
    public ITextFontResolver resolver() {
        ITextFontResolver resolver = new ITextFontResolver();
        for (FontRole role : FontRole.values()) {
            register(resolver, role.family(), role);
        }
        register(resolver, "Serif", FontRole.SONG);
        register(resolver, "SansSerif", FontRole.HEI);
        register(resolver, "Monospaced", FontRole.MONO);
        return resolver;
    }

    private void register(ITextFontResolver resolver, String family, FontRole role) {
        BaseFont font = fonts.get(role);
        resolver.addFont(font, sources.get(role).location(), family);
        List<FontDescription> faces = resolver.getFonts().get(family).getFontDescriptions();
        faces.clear();
        faces.add(new FontDescription(font, IdentValue.NORMAL, 400));
    }

    /**
     * Makes the six-letter subset prefixes (ABCDEF+Name) depend on {@code seed} only, so two builds of the
     * same edition give identical bytes.
     */
    public void seedSubsetPrefixes(String seed) {
        for (var entry : fonts.entrySet()) {
            entry.getValue().setSecureRandom(seeded(seed + "/" + entry.getKey()));
        }
    }

    private static SecureRandom seeded(String seed) {
        try {
            SecureRandom random = SecureRandom.getInstance("SHA1PRNG");
            random.setSeed(MessageDigest.getInstance("SHA-256").digest(seed.getBytes(StandardCharsets.UTF_8)));
            return random;
        } catch (NoSuchAlgorithmException e) {
            throw new UncheckedIOException(new IOException("no SHA1PRNG/SHA-256 in this JDK", e));
        }
    }
}
