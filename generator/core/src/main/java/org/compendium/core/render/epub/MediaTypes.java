package org.compendium.core.render.epub;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Media types of the files an EPUB holds; images are limited to the EPUB core media types. */
final class MediaTypes {
    static final String XHTML = "application/xhtml+xml";
    static final String CSS = "text/css";
    static final String NCX = "application/x-dtbncx+xml";
    static final String SVG = "image/svg+xml";
    static final String PNG = "image/png";
    private static final Map<String, String> IMAGES = Map.of(
            "svg", SVG, "png", PNG, "jpg", "image/jpeg", "jpeg", "image/jpeg",
            "gif", "image/gif", "webp", "image/webp");

    private MediaTypes() {
    }

    /** The core media type of an image file by its extension; empty for anything else. */
    static Optional<String> image(String path) {
        int dot = path.lastIndexOf('.');
        String ext = dot < 0 ? "" : path.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Optional.ofNullable(IMAGES.get(ext));
    }
}
