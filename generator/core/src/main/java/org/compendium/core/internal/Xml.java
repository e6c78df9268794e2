package org.compendium.core.internal;

/** Escaping for XHTML/XML text and attribute values. */
public final class Xml {

    private Xml() {
    }

    /** Escapes {@code & < > " '}; also drops characters not allowed in XML 1.0. */
    public static String escape(CharSequence text) {
        return escape(text, true);
    }

    /** Escapes {@code & < > "} only and keeps every character, as Flexmark's HTML writer escapes text. */
    public static String escapeLikeFlexmark(CharSequence text) {
        return escape(text, false);
    }

    private static String escape(CharSequence value, boolean xml) {
        String text = value.toString();
        StringBuilder out = null;
        int copied = 0; // text before this is in out; from it to i nothing needs escaping
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement = switch (c) {
                case '&' -> "&amp;";
                case '<' -> "&lt;";
                case '>' -> "&gt;";
                case '"' -> "&quot;";
                case '\'' -> xml ? "&#39;" : null;
                default -> !xml || isXmlChar(c) ? null : "";
            };
            if (replacement != null) {
                if (out == null) {
                    out = new StringBuilder(text.length() + 16);
                }
                out.append(text, copied, i).append(replacement);
                copied = i + 1;
            }
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Reverses {@link #escape} (the five predefined entities and {@code &#39;}). */
    public static String unescape(String value) {
        return value.indexOf('&') < 0 ? value : value.replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }

    private static boolean isXmlChar(char c) {
        return c >= 0x20 ? c != 0xFFFE && c != 0xFFFF : c == '\t' || c == '\n' || c == '\r';
    }
}
