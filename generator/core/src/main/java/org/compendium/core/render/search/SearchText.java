package org.compendium.core.render.search;

import java.text.Normalizer;
import java.util.Locale;

/**
 * Text normalisation and index terms of the site search; {@code templates/site/static/search.js} does the
 * same in the browser, so both sides must change together.
 *
 * <p>Each code point is NFKC-normalised on its own (full-width digits and letters become ASCII) and
 * lower-cased; the brackets of 文号 (〔〕【】[]) become ( and ). Terms are every pair of adjacent Han
 * characters (so any substring of two or more Han characters is found) and every run of ASCII letters and
 * digits ({@link TermScanner} finds them).
 */
public final class SearchText {

    private SearchText() {
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) {
                out.append((char) Character.toLowerCase(cp));
            } else if (isUnifiedIdeograph(cp)) {
                out.appendCodePoint(cp);
            } else {
                out.append(normalize(cp));
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** CJK Unified Ideographs (and Extension A): NFKC and lower-casing leave them as they are. */
    static boolean isUnifiedIdeograph(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3400 && cp <= 0x4DBF);
    }

    static String normalize(int cp) {
        if (cp < 0x80) {
            return String.valueOf((char) Character.toLowerCase(cp));
        }
        String s = switch (cp) {
            case '〔', '【', '［', '（' -> "(";
            case '〕', '】', '］', '）' -> ")";
            default -> Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC);
        };
        return s.toLowerCase(Locale.ROOT);
    }

    static boolean isHan(int cp) {
        return isUnifiedIdeograph(cp) || (cp >= 0x2E80 && Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
    }

    static boolean isWordChar(int cp) {
        return (cp >= 'a' && cp <= 'z') || (cp >= '0' && cp <= '9');
    }

    /** FNV-1a over UTF-16 code units: which shard holds a term (the browser computes the same). */
    static int hash(String term) {
        int h = 0x811c9dc5;
        for (int i = 0; i < term.length(); i++) {
            h ^= term.charAt(i);
            h *= 0x01000193;
        }
        return h;
    }
}
