package org.compendium.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest images the outputs take: {@value #MAX_SIDE} px on each side and {@value #MAX_PIXELS} pixels
 * in all. A small file can declare a huge image (a 150-byte SVG with {@code width="10000"}, a 1.5 MB PNG of
 * 20000×20000 pixels) that takes gigabytes to rasterise or decode for the PDF; the declared dimensions are
 * read from the file's header, before anything decodes it.
 */
final class ImageLimits {
    static final int MAX_SIDE = 8192;
    static final long MAX_PIXELS = 40_000_000L;
    private static final Pattern LENGTH = Pattern.compile("\\s*([0-9]*\\.?[0-9]+(?:[eE][-+]?[0-9]+)?)\\s*([a-zA-Z%]*)\\s*");
    private static final String EXPECTED = "; expected at most " + MAX_SIDE + " px on each side and "
            + MAX_PIXELS / 1_000_000 + " million pixels (scale the image down)";

    private ImageLimits() {
    }

    /** Pixel dimensions read from a PNG, JPEG, GIF or WebP header, or empty for another or a damaged file. */
    record Size(long width, long height) {
    }

    /** A message when the bitmap's declared size is over the limits, else null. */
    static String bitmap(Size size) {
        if (size.width() > MAX_SIDE || size.height() > MAX_SIDE || size.width() * size.height() > MAX_PIXELS) {
            return "image is too large [" + size.width() + "×" + size.height() + " pixels]" + EXPECTED;
        }
        return null;
    }

    /** A message when an SVG root's width, height or (without them) viewBox is over the limit, else null. */
    static String svg(String width, String height, String viewBox) {
        double w = css(width);
        double h = css(height);
        if (width == null && height == null && viewBox != null) {
            String[] box = viewBox.strip().split("[\\s,]+");
            if (box.length == 4) {
                w = number(box[2]);
                h = number(box[3]);
            }
        }
        if (w > MAX_SIDE || h > MAX_SIDE || (w > 0 && h > 0 && w * h > MAX_PIXELS)) {
            return "SVG image is too large [" + (width == null && height == null ? "viewBox=\"" + viewBox + "\""
                    : "width=\"" + width + "\" height=\"" + height + "\"") + "]" + EXPECTED;
        }
        return null;
    }

    /** A CSS length in px; 0 when absent, relative (%) or unreadable. */
    static double css(String value) {
        if (value == null) {
            return 0;
        }
        Matcher m = LENGTH.matcher(value);
        if (!m.matches()) {
            return 0;
        }
        double n = number(m.group(1));
        return switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "", "px" -> n;
            case "pt" -> n * 4 / 3;
            case "pc" -> n * 16;
            case "in" -> n * 96;
            case "cm" -> n * 96 / 2.54;
            case "mm" -> n * 96 / 25.4;
            case "q" -> n * 96 / 101.6;
            case "em" -> n * 16;
            case "ex" -> n * 8;
            default -> 0;
        };
    }

    private static double number(String text) {
        try {
            double n = Double.parseDouble(text);
            return Double.isFinite(n) ? n : Double.MAX_VALUE;
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The pixel size in the header of a PNG, GIF, JPEG or WebP file. */
    static Optional<Size> read(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(64 * 1024); // a JPEG's frame header may follow large metadata
        }
        ByteBuffer b = ByteBuffer.wrap(head);
        if (starts(head, 0x89, 'P', 'N', 'G') && head.length >= 24) {
            return Optional.of(new Size(Integer.toUnsignedLong(b.getInt(16)), Integer.toUnsignedLong(b.getInt(20))));
        }
        if (starts(head, 'G', 'I', 'F') && head.length >= 10) {
            b.order(ByteOrder.LITTLE_ENDIAN);
            return Optional.of(new Size(b.getShort(6) & 0xFFFF, b.getShort(8) & 0xFFFF));
        }
        if (starts(head, 0xFF, 0xD8)) {
            return jpeg(head);
        }
        if (starts(head, 'R', 'I', 'F', 'F') && head.length >= 30 && head[8] == 'W' && head[9] == 'E') {
            return webp(b.order(ByteOrder.LITTLE_ENDIAN));
        }
        return Optional.empty();
    }

    private static Optional<Size> jpeg(byte[] h) {
        int i = 2;
        while (i + 9 < h.length) {
            if ((h[i] & 0xFF) != 0xFF) {
                return Optional.empty();
            }
            int marker = h[i + 1] & 0xFF;
            if (marker == 0xFF) {
                i++;
                continue;
            }
            int length = ((h[i + 2] & 0xFF) << 8) | (h[i + 3] & 0xFF);
            boolean frame = marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
            if (frame) {
                long height = ((h[i + 5] & 0xFF) << 8) | (h[i + 6] & 0xFF);
                long width = ((h[i + 7] & 0xFF) << 8) | (h[i + 8] & 0xFF);
                return Optional.of(new Size(width, height));
            }
            i += 2 + length;
        }
        return Optional.empty();
    }

    private static Optional<Size> webp(ByteBuffer b) {
        String chunk = new String(new byte[] {b.get(12), b.get(13), b.get(14), b.get(15)},
                java.nio.charset.StandardCharsets.US_ASCII);
        return switch (chunk) {
            case "VP8 " -> Optional.of(new Size(b.getShort(26) & 0x3FFF, b.getShort(28) & 0x3FFF));
            case "VP8L" -> {
                int bits = b.getInt(21);
                yield Optional.of(new Size((bits & 0x3FFF) + 1L, ((bits >>> 14) & 0x3FFF) + 1L));
            }
            case "VP8X" -> Optional.of(new Size(1L + u24(b, 24), 1L + u24(b, 27)));
            default -> Optional.empty();
        };
    }

    private static long u24(ByteBuffer b, int at) {
        return (b.get(at) & 0xFF) | (b.get(at + 1) & 0xFF) << 8 | (b.get(at + 2) & 0xFF) << 16;
    }

    static boolean starts(byte[] head, int... bytes) {
        if (head.length < bytes.length) {
            return false;
        }
        for (int i = 0; i < bytes.length; i++) {
            if ((head[i] & 0xFF) != bytes[i]) {
                return false;
            }
        }
        return true;
    }
}
