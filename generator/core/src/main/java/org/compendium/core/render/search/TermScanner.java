package org.compendium.core.render.search;

import java.util.HashMap;
import java.util.Map;

/**
 * Finds the index terms of raw text in one pass: the terms of {@link SearchText#terms} over
 * {@link SearchText#normalize}, in text order and with repeats, without building the normalised text or a
 * string per Han pair. The normalisation of the few non-ASCII, non-ideograph characters (punctuation,
 * full-width forms) is looked up once per character and remembered: Chinese text has one in every few
 * characters, and NFKC of a single character costs far more than a table look-up. Not thread-safe.
 */
final class TermScanner {

    /** Receives the terms of a text. */
    interface Sink {
        /** Two adjacent Han characters (code points). */
        void pair(int first, int second);

        /** A run of ASCII letters and digits. */
        void word(String word);
    }

    private final String[] foldedBmp = new String[0x10000];
    private final Map<Integer, String> foldedOther = new HashMap<>();
    private final StringBuilder token = new StringBuilder();
    private int prev;

    /** Feeds every term of {@code text} (raw, not normalised) to {@code sink}. */
    void scan(String text, Sink sink) {
        prev = -1;
        token.setLength(0);
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (cp < 0x80) {
                feed(Character.toLowerCase(cp), sink);
            } else if (SearchText.isUnifiedIdeograph(cp)) {
                feed(cp, sink);
            } else {
                String folded = fold(cp);
                for (int j = 0; j < folded.length(); ) {
                    int f = folded.codePointAt(j);
                    feed(f, sink);
                    j += Character.charCount(f);
                }
            }
            i += Character.charCount(cp);
        }
        flushWord(sink);
    }

    private void feed(int cp, Sink sink) {
        boolean han = SearchText.isHan(cp);
        if (han && prev >= 0) {
            sink.pair(prev, cp);
        }
        prev = han ? cp : -1;
        if (SearchText.isWordChar(cp)) {
            token.append((char) cp);
        } else {
            flushWord(sink);
        }
    }

    private void flushWord(Sink sink) {
        if (!token.isEmpty()) {
            sink.word(token.toString());
            token.setLength(0);
        }
    }

    private String fold(int cp) {
        if (cp < foldedBmp.length) {
            String s = foldedBmp[cp];
            if (s == null) {
                s = SearchText.normalize(cp);
                foldedBmp[cp] = s;
            }
            return s;
        }
        return foldedOther.computeIfAbsent(cp, SearchText::normalize);
    }
}
