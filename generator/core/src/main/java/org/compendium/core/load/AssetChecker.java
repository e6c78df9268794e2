package org.compendium.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;

/**
 * Checks the files under {@code assets/}: each is at most {@link #MAX_ASSET_BYTES}, of a kind the site
 * publishes ({@link AssetTypes}) and what its name says; an image is within {@link ImageLimits}; an SVG image
 * is a plain drawing ({@link SvgChecker}). Files that fail are rejected (not silently dropped or rewritten)
 * so the editor sees what was wrong with the file.
 */
final class AssetChecker {
    /** Largest asset accepted; larger attachments belong on a download server, not in the compendium. */
    static final long MAX_ASSET_BYTES = 32L * 1024 * 1024;

    void check(Path root, String path, Diagnostics diagnostics) {
        Path file = root.resolve(path);
        if (path.chars().anyMatch(c -> ControlCharacters.isControl((char) c) || c == '\t' || c == '\n')) {
            diagnostics.error(path, 0, 0, "asset name holds a control character (a line feed, a tab …) [" + path
                    + "]; expected a file name of visible characters: rename the file");
            return;
        }
        int invisible = path.codePoints().filter(ControlCharacters::isInvisible).findFirst().orElse(-1);
        if (invisible >= 0) {
            diagnostics.error(path, 0, 0, String.format("asset name holds an invisible formatting character [U+%04X %s];"
                    + " expected a file name of visible characters: rename the file (a right-to-left override"
                    + " can make a name show another extension)", invisible, Character.getName(invisible)));
            return;
        }
        try {
            long size = Files.size(file);
            if (size > MAX_ASSET_BYTES) {
                diagnostics.error(path, 0, 0, "asset is too large [" + size + " bytes]; expected at most "
                        + MAX_ASSET_BYTES + " bytes");
                return;
            }
            Optional<AssetTypes.Kind> kind = AssetTypes.kind(path);
            if (kind.isEmpty()) {
                String ext = AssetTypes.extension(path);
                diagnostics.error(path, 0, 0, "asset of a kind the site does not publish [" + (ext.isEmpty()
                        ? "no extension" : "." + ext) + "]; expected " + AssetTypes.ALLOWED + ": a web page, XML"
                        + " file or script would run on the site's origin when opened");
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(16);
            }
            if (!AssetTypes.matches(kind.get(), head)) {
                diagnostics.error(path, 0, 0, "asset is not the " + kind.get().name() + " its name says [."
                        + AssetTypes.extension(path) + " file starting " + shown(head) + "]; expected a real "
                        + kind.get().name() + ", or the file renamed to what it is");
                return;
            }
            if (AssetTypes.extension(path).equals("svg")) {
                SvgChecker.check(file, path, diagnostics);
            } else {
                ImageLimits.read(file).map(ImageLimits::bitmap)
                        .ifPresent(problem -> diagnostics.error(path, 0, 0, problem));
            }
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read the asset: " + e.getMessage());
        }
    }

    /** The first bytes as text where printable, else in hex. */
    private static String shown(byte[] head) {
        StringBuilder out = new StringBuilder();
        boolean text = true;
        for (byte b : head) {
            text &= b >= 0x20 && b < 0x7F || b == '\n' || b == '\r' || b == '\t';
        }
        if (text && head.length > 0) {
            return "\"" + new String(head, java.nio.charset.StandardCharsets.US_ASCII).strip()
                    .replaceAll("\\s+", " ") + "…\"";
        }
        for (int i = 0; i < Math.min(head.length, 8); i++) {
            out.append(String.format("%02X", head[i] & 0xFF));
        }
        return head.length == 0 ? "empty" : "0x" + out;
    }
}
