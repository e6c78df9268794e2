package org.compendium.core.internal;

/**
 * Characters no reader can see: control characters (C0 but tab and line feed, DEL, C1) and Unicode's format
 * characters (category Cf: the bidirectional controls U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C, the
 * zero-width space and joiners, the word joiner, U+FEFF, the soft hyphen, the tag characters …), which make the
 * text shown differ from the text stored.
 */
public final class InvisibleCharacters {
    private InvisibleCharacters() {
    }

    /** A control character: C0 but tab and line feed, DEL, C1. */
    public static boolean isControl(int c) {
        return c < 0x20 && c != '\t' && c != '\n' || c >= 0x7F && c <= 0x9F;
    }

    /** An invisible format character (Unicode category Cf). */
    public static boolean isFormat(int codePoint) {
        return codePoint >= 0xAD && Character.getType(codePoint) == Character.FORMAT;
    }

    /** A bidirectional control: it changes the order in which the text around it is shown. */
    public static boolean isBidi(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069 || c == 0x200E || c == 0x200F || c == 0x061C;
    }

    /** The first control or format character of {@code text}, or -1. */
    public static int first(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            int c = Character.codePointAt(text, i);
            if (isControl(c) || isFormat(c)) {
                return c;
            }
        }
        return -1;
    }
}
