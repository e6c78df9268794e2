package org.compendium.core.parse;

import java.util.regex.Pattern;

/** Readable ids for headings that carry no clause numbering. */
public final class Slugs {
    private static final int MAX_CODE_POINTS = 32;
    private static final Pattern CLAUSE_LIKE = Pattern.compile("(art|sec|chap|sect|ref|fn|fnref)-.*");

    private Slugs() {
    }

    /**
     * Keeps letters and digits of any script (so Chinese stays readable), lower-cases ASCII, turns
     * every other run into one {@code -}; ids that would not start with a letter get an {@code h-} prefix
     * so they are valid XML names (EPUB) and never look like clause ids.
     */
    public static String headingId(String text) {
        StringBuilder out = new StringBuilder();
        boolean dash = false;
        int count = 0;
        for (int i = 0; i < text.length() && count < MAX_CODE_POINTS; ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c)) {
                if (dash && !out.isEmpty()) {
                    out.append('-');
                }
                out.appendCodePoint(c < 128 ? Character.toLowerCase(c) : c);
                dash = false;
                count++;
            } else {
                dash = true;
            }
        }
        String id = out.toString();
        if (id.isEmpty()) {
            return "h";
        }
        boolean clauseLike = CLAUSE_LIKE.matcher(id).matches();
        return !Character.isLetter(id.codePointAt(0)) || clauseLike ? "h-" + id : id;
    }
}
