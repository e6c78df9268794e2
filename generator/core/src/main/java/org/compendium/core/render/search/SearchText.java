package org.compendium.core.render.search;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Text normalisation and index terms of the site search; {@code templates/site/static/search.js} does the
 * same in the browser, so both sides must change together.
 *
 * <p>Each code point is NFKC-normalised on its own (full-width digits and letters become ASCII) and
 * lower-cased; then the brackets people type in a 文号 ({@link #BRACKETS}: 〔〕, ASCII and full-width [] and (),
 * 【】, 〖〗) become ( and ), so 示科规[2023]2号 finds 示科规〔2023〕2号. The browser receives the same table in
 * the index's meta file, so both sides fold with one definition. Terms are every pair of adjacent Han
 * characters (so any substring of two or more Han characters is found) and every run of ASCII letters and
 * digits ({@link TermScanner} finds them).
 */
public final class SearchText {

    /** What a character becomes after NFKC and lower-casing, when it is a bracket of a 文号. */
    static final Map<String, String> BRACKETS = brackets();

    private SearchText() {
    }

    private static Map<String, String> brackets() {
        Map<String, String> m = new TreeMap<>();
        for (String open : new String[] {"[", "〔", "【", "〖"}) {
            m.put(open, "(");
        }
        for (String close : new String[] {"]", "〕", "】", "〗"}) {
            m.put(close, ")");
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    public static String normalize(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) {
                out.append(normalize(cp));
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
        String s = cp < 0x80 ? String.valueOf((char) Character.toLowerCase(cp))
                : Normalizer.normalize(Character.toString(cp), Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return BRACKETS.getOrDefault(s, s);
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
