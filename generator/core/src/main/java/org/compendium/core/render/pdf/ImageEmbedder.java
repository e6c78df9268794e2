package org.compendium.core.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.ConcurrentHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;

/**
 * Turns content images into {@code data:} URIs the PDF renderer embeds. The renderer drops SVG, so SVG is
 * rasterised with Batik at {@value #SCALE}× its CSS size on an opaque white background (no alpha channel,
 * which PDF/A-1 would forbid and which keeps the file small). PNG and JPEG are embedded as they are.
 * Results are cached per file for the build.
 */
final class ImageEmbedder {
    private static final float SCALE = 3f;
    private static final float DEFAULT_WIDTH = 600f;
    private final Map<Path, Optional<String>> cache = new ConcurrentHashMap<>();

    /** The data URI of an image file, or empty when it cannot be read or converted. */
    Optional<String> dataUri(Path file) {
        return cache.computeIfAbsent(file, ImageEmbedder::convert);
    }

    private static Optional<String> convert(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return Optional.of(uri("image/png", rasterise(file)));
            }
            String type = name.endsWith(".png") ? "image/png"
                    : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                    : name.endsWith(".gif") ? "image/gif" : "";
            return type.isEmpty() ? Optional.empty() : Optional.of(uri(type, Files.readAllBytes(file)));
        } catch (IOException | TranscoderException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static byte[] rasterise(Path svg) throws TranscoderException {
        PNGTranscoder png = new PNGTranscoder();
        float width = SvgSize.width(svg).orElse(DEFAULT_WIDTH);
        png.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width * SCALE);
        png.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        png.addTranscodingHint(ImageTranscoder.KEY_FORCE_TRANSPARENT_WHITE, Boolean.FALSE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        png.transcode(new TranscoderInput(svg.toUri().toString()), new TranscoderOutput(out));
        return out.toByteArray();
    }

    private static String uri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }
}
