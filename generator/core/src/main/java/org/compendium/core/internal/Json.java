package org.compendium.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

/** Minimal JSON text escaping for the few JSON files the site writes (catalogue, search index, JSON-LD). */
public final class Json {

    private Json() {
    }

    /** {@code value} as a JSON string literal, quotes included; also safe inside an HTML {@code <script>}. */
    public static String string(CharSequence value) {
        StringBuilder out = new StringBuilder(value.length() + 16);
        append(out, value.toString());
        return out.toString();
    }

    /** Writes {@code value} as {@link #string} gives it, without making that string. */
    public static void write(Utf8Writer out, CharSequence value) {
        append(out, value.toString());
    }

    private static void append(Appendable out, String text) {
        try {
            out.append('"');
            int safe = 0; // start of the run of characters not yet copied, none of which needs escaping
            for (int i = 0; i < text.length(); i++) {
                String escaped = escape(text.charAt(i));
                if (escaped != null) {
                    out.append(text, safe, i).append(escaped);
                    safe = i + 1;
                }
            }
            out.append(text, safe, text.length()).append('"');
        } catch (IOException e) {
            throw new UncheckedIOException(e); // neither a StringBuilder nor a Utf8Writer throws it
        }
    }

    /** The escape of {@code c} in a JSON string that is also safe in HTML and JavaScript, or null: as it is. */
    private static String escape(char c) {
        return switch (c) {
            case '"' -> "\\\"";
            case '\\' -> "\\\\";
            case '\n' -> "\\n";
            case '\r' -> "\\r";
            case '\t' -> "\\t";
            case '<' -> "\\u003c";
            case '>' -> "\\u003e";
            case '&' -> "\\u0026";
            case '\u2028' -> "\\u2028";
            case '\u2029' -> "\\u2029";
            default -> c < 0x20 ? String.format("\\u%04x", (int) c) : null;
        };
    }
}
