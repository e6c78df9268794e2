package org.compendium.core.paths;

import java.nio.charset.StandardCharsets;

/** Relative paths as they go into links: of the site's pages, and of the e-books' files and site links. */
public final class UrlPaths {

    private UrlPaths() {
    }

    /**
     * {@code path} percent-encoded as UTF-8, every byte but ASCII letters, digits and {@code - . _ ~ /}
     * (segments keep their slashes): 主题分类/科技金融/ → {@code %E4%B8%BB…/}.
     */
    public static String encode(String path) {
        StringBuilder out = new StringBuilder(path.length() * 3);
        for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || "-._~/".indexOf(c) >= 0)) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            }
        }
        return out.toString();
    }

    /**
     * {@code path} with the ASCII characters that a URL reserves or forbids percent-encoded ({@code # ? %},
     * space, controls, quotes, {@code < > \\ ^ ` { | }}), other characters (Chinese names) kept as written:
     * an asset named {@code a#b.png} is linked as {@code a%23b.png}, not as a fragment of {@code a}.
     */
    public static String encodeReserved(String path) {
        StringBuilder out = null;
        for (int i = 0; i < path.length(); i++) {
            char c = path.charAt(i);
            boolean reserved = c < 0x21 || c == 0x7F || "#?%\"'<>\\^`{|}".indexOf(c) >= 0;
            if (reserved && out == null) {
                out = new StringBuilder(path.length() + 16).append(path, 0, i);
            }
            if (reserved) {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 15, 16)));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? path : out.toString();
    }
}
