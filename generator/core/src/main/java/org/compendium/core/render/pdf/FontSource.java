package org.compendium.core.render.pdf;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where the font of one role comes from.
 *
 * @param role     the role it serves
 * @param file     the font file, or empty for the bundled font on the classpath (Noto Sans SC; Kurinto Mono for code)
 * @param ttcIndex the face inside a .ttc collection (0 for plain files)
 */
public record FontSource(FontRole role, Optional<Path> file, int ttcIndex) {

    /** The bundled fallback: Noto Sans SC Regular from ph-fonts-noto-sans-sc (TrueType outlines). */
    public static final String CLASSPATH_FALLBACK = "fonts/ttf/NotoSansSC/NotoSansSC-Regular.ttf";
    /** The bundled fallback of {@link FontRole#MONO}: Kurinto Mono from ph-fonts-kurinto-mono (TrueType outlines). */
    public static final String CLASSPATH_MONO = "fonts/ttf/Kurinto/KurintoMono-Rg.ttf";

    public static FontSource bundled(FontRole role) {
        return new FontSource(role, Optional.empty(), 0);
    }

    public boolean isBundled() {
        return file.isEmpty();
    }

    /** The name OpenPDF loads it by: a path, {@code path,N} for a collection, or the classpath resource. */
    public String location() {
        if (file.isEmpty()) {
            return role == FontRole.MONO ? CLASSPATH_MONO : CLASSPATH_FALLBACK;
        }
        String path = file.get().toString();
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? path + "," + ttcIndex : path;
    }

    /** For reports: "Song ← /usr/share/fonts/…/uming.ttc,0". */
    public String describe() {
        return role.family() + " ← " + (isBundled() ? "classpath:" : "") + location();
    }
}
