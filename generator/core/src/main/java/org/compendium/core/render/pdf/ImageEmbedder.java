package org.compendium.core.render.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgent;
import org.apache.batik.transcoder.SVGAbstractTranscoder;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.batik.util.ParsedURL;
import org.compendium.core.kernel.Diagnostics;

/**
 * Turns content images into {@code data:} URIs the PDF renderer embeds. The renderer drops SVG, so SVG is
 * rasterised with Batik at {@value #SCALE}× the size it prints at (at most the text width, and a few pages
 * high), on an opaque white background (no alpha channel, which PDF/A-1 would forbid and which keeps the
 * file small); Batik runs no script and loads no external resource (a file or URL an SVG names). PNG, JPEG
 * and GIF are embedded as they are. An image that cannot be embedded is never dropped silently: each
 * document using it gets an error at the line that shows it. Results are cached per file for the build.
 */
final class ImageEmbedder {
    private static final float SCALE = 3f;
    private static final float DEFAULT_WIDTH = 600f;
    /** The text block's width in CSS px (the PDF prints no image wider). */
    private static final float TEXT_WIDTH_PX = PrintBody.TEXT_WIDTH_PT / 0.75f;
    /** About three A4 pages' height in CSS px: a taller drawing is scaled down to it. */
    private static final float MAX_HEIGHT_PX = 3 * 1123f;
    private final Map<Path, Result> cache = new ConcurrentHashMap<>();
    private final Set<Failure> failures = ConcurrentHashMap.newKeySet();

    /** A data URI, or why there is none. */
    record Result(String uri, String problem) {
    }

    /** An image that {@code documentPath} shows and that could not be embedded. */
    private record Failure(String documentPath, String assetPath, String problem) implements Comparable<Failure> {
        @Override
        public int compareTo(Failure o) {
            int c = documentPath.compareTo(o.documentPath);
            return c != 0 ? c : assetPath.compareTo(o.assetPath);
        }
    }

    /**
     * The data URI of image {@code assetPath} (under {@code contentRoot}) shown by the document at
     * {@code documentPath}; empty when it cannot be embedded, which {@link #reportTo} then reports.
     */
    String dataUri(Path contentRoot, String assetPath, String documentPath) {
        Result result = cache.computeIfAbsent(contentRoot.resolve(assetPath), ImageEmbedder::convert);
        if (result.uri().isEmpty()) {
            failures.add(new Failure(documentPath, assetPath, result.problem()));
        }
        return result.uri();
    }

    /** Whether an image could not be embedded (the build will fail). */
    boolean failed() {
        return !failures.isEmpty();
    }

    /** One error per document and image that could not be embedded, at the first source line naming it. */
    void reportTo(Path contentRoot, Diagnostics diagnostics) {
        for (Failure f : new TreeSet<>(failures)) {
            List<String> lines = lines(contentRoot.resolve(f.documentPath()));
            String name = f.assetPath().substring(f.assetPath().lastIndexOf('/') + 1);
            int line = 0;
            int column = 0;
            for (int i = 0; i < lines.size() && line == 0; i++) {
                int at = lines.get(i).indexOf(name);
                if (at >= 0) {
                    int image = Math.max(lines.get(i).lastIndexOf("![", at), lines.get(i).lastIndexOf("<img", at));
                    at = image >= 0 ? image : at;
                    line = i + 1;
                    column = lines.get(i).codePointCount(0, at) + 1;
                }
            }
            diagnostics.error(f.documentPath(), line, column, "image cannot be printed in the PDF [" + f.assetPath()
                    + ": " + f.problem() + "]; expected a PNG, JPEG or GIF image or an SVG drawing that Batik renders,"
                    + " as the printed edition would otherwise lose it");
        }
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static Result convert(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".svg")) {
                return new Result(uri("image/png", rasterise(file)), "");
            }
            String type = name.endsWith(".png") ? "image/png"
                    : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "image/jpeg"
                    : name.endsWith(".gif") ? "image/gif" : "";
            if (type.isEmpty()) {
                return new Result("", "the PDF takes no " + name.substring(name.lastIndexOf('.') + 1).toUpperCase(
                        Locale.ROOT) + " images");
            }
            return new Result(uri(type, Files.readAllBytes(file)), "");
        } catch (TranscoderException e) {
            Throwable cause = e.getException() != null ? e.getException() : e;
            // Batik starts its messages with the document's URL and line (-1 when it has none): the asset is named.
            String message = oneLine(cause.getMessage()).replaceFirst("^\\S+\\.svg:-?\\d+\\s*", "");
            return new Result("", "Batik cannot render it: " + message);
        } catch (IOException | RuntimeException e) {
            return new Result("", "cannot be read: " + oneLine(e.getMessage()));
        }
    }

    private static String oneLine(String message) {
        String m = message == null ? "unknown problem" : message.strip().replaceAll("\\s+", " ");
        return m.length() > 160 ? m.substring(0, 157) + "…" : m;
    }

    private static byte[] rasterise(Path svg) throws TranscoderException {
        PNGTranscoder png = new SafePngTranscoder();
        float width = Math.min(SvgSize.width(svg).orElse(DEFAULT_WIDTH), TEXT_WIDTH_PX);
        png.addTranscodingHint(ImageTranscoder.KEY_WIDTH, width * SCALE);
        png.addTranscodingHint(ImageTranscoder.KEY_MAX_HEIGHT, MAX_HEIGHT_PX * SCALE);
        png.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, java.awt.Color.WHITE);
        png.addTranscodingHint(ImageTranscoder.KEY_FORCE_TRANSPARENT_WHITE, Boolean.FALSE);
        png.addTranscodingHint(SVGAbstractTranscoder.KEY_EXECUTE_ONLOAD, Boolean.FALSE);
        png.addTranscodingHint(SVGAbstractTranscoder.KEY_ALLOW_EXTERNAL_RESOURCES, Boolean.FALSE);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        png.transcode(new TranscoderInput(svg.toUri().toString()), new TranscoderOutput(out));
        return out.toByteArray();
    }

    private static String uri(String type, byte[] bytes) {
        return "data:" + type + ";base64," + Base64.getEncoder().encodeToString(bytes);
    }

    /** A PNG transcoder whose user agent runs no script and loads nothing from outside the SVG. */
    static final class SafePngTranscoder extends PNGTranscoder {
        @Override
        protected UserAgent createUserAgent() {
            return new SVGAbstractTranscoderUserAgent() {
                @Override
                public ScriptSecurity getScriptSecurity(String type, ParsedURL script, ParsedURL document) {
                    return new NoLoadScriptSecurity(type);
                }

                @Override
                public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resource, ParsedURL document) {
                    return new NoLoadExternalResourceSecurity();
                }

                @Override
                public boolean isAllowExternalResources() {
                    return false;
                }
            };
        }
    }
}
