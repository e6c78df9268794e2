package org.compendium.core.render.pdf;

import java.util.ArrayDeque;
import java.util.Deque;
import org.openpdf.css.style.CalculatedStyle;
import org.openpdf.layout.breaker.BreakPoint;
import org.openpdf.layout.breaker.BreakPointsProvider;
import org.openpdf.layout.breaker.DefaultLineBreakingStrategy;
import org.openpdf.layout.breaker.LineBreakingStrategy;

/**
 * Where the renderer may end a line inside a run of text: the renderer's own opportunities (the JDK's line
 * break iterator: between any two CJK characters, at spaces, after the slashes of URLs), minus those that
 * would start a line with a closing mark or end one with an opening mark (the 禁则 of {@link CjkGlue}),
 * plus every character boundary inside a token too long for any line (a run of {@value #LONG} or more
 * characters that are neither spaces nor CJK: a long number or Latin string then fills the line it starts
 * on instead of leaving it half empty). A URL (of any length) breaks only after {@code / . ? & = - _ # ~}, so its
 * lines end at its punctuation and never inside a word.
 * A shorter token that does not fit a line is still broken anywhere by the style sheet's
 * {@code word-wrap: break-word}; nothing is ever clipped.
 */
final class LineBreaks implements LineBreakingStrategy {
    /** Tokens this long (in UTF-16 units) exceed a 28-character line of 16pt even in narrow Latin glyphs. */
    static final int LONG = 60;
    /** The characters of a URL a line may end after. */
    static final String URL_BREAKS = "/.?&=-_#~";
    private final LineBreakingStrategy base = new DefaultLineBreakingStrategy();

    @Override
    public BreakPointsProvider getBreakPointsProvider(String text, String lang, CalculatedStyle style) {
        return new Points(text, base.getBreakPointsProvider(text, lang, style));
    }

    /** The base opportunities, filtered, with those inside long tokens added; lazy: linear in the text used. */
    private static final class Points implements BreakPointsProvider {
        private final String text;
        private final BreakPointsProvider base;
        private final Deque<Integer> pending = new ArrayDeque<>();
        private int previous;
        private int expandedTo;

        Points(String text, BreakPointsProvider base) {
            this.text = text;
            this.base = base;
        }

        @Override
        public BreakPoint next() {
            while (true) {
                if (!pending.isEmpty()) {
                    return new BreakPoint(pending.removeFirst());
                }
                BreakPoint point = base.next();
                int at = point.getPosition();
                if (at <= 0 || at >= text.length()) {
                    return point;
                }
                if (at < expandedTo) {
                    continue;
                }
                int token = tokenEnd(previous);
                boolean url = isUrl(text, previous, token);
                if (token - previous >= LONG || url) {
                    for (int i = previous + 1; i < token; i++) {
                        if (!Character.isLowSurrogate(text.charAt(i)) && allowed(text, i)
                                && (!url || afterUrlPunctuation(text, i))) {
                            pending.addLast(i);
                        }
                    }
                    expandedTo = token;
                    previous = token;
                    if (at < token) {
                        continue;
                    }
                }
                previous = at;
                if (allowed(text, at)) {
                    pending.addLast(at);
                }
            }
        }

        /** The end of the token starting at {@code from}: a run of characters that are neither spaces nor CJK. */
        private int tokenEnd(int from) {
            int i = from;
            while (i < text.length() && !Character.isWhitespace(text.charAt(i)) && !CodeFonts.isCjk(text.charAt(i))) {
                i++;
            }
            return i;
        }
    }

    /** Whether the token {@code text[from, to)} is a URL: {@code scheme://…}, {@code www.…} or {@code mailto:…}. */
    static boolean isUrl(String text, int from, int to) {
        if (to - from < 8) {
            return false;
        }
        String start = text.substring(from, Math.min(to, from + 12)).toLowerCase(java.util.Locale.ROOT);
        return start.startsWith("www.") || start.startsWith("mailto:") || start.matches("[a-z][a-z0-9+.-]{1,8}://.*");
    }

    /**
     * Whether a line of a URL may end before {@code at}: after one of {@value #URL_BREAKS}, never between the two
     * slashes of {@code //} nor right after the scheme's {@code :}; a piece longer than the line is still broken
     * anywhere by the style sheet's {@code word-wrap: break-word}.
     */
    static boolean afterUrlPunctuation(String text, int at) {
        char before = text.charAt(at - 1);
        char after = text.charAt(at);
        return URL_BREAKS.indexOf(before) >= 0 && !(before == '/' && after == '/')
                && URL_BREAKS.indexOf(after) < 0;
    }

    /**
     * Whether a line may end before {@code text.charAt(at)}: not before a closing mark, not after an opening one, and
     * not after the hyphen of a number (0000-12345678, 2024-05-01), which reads whole.
     */
    static boolean allowed(String text, int at) {
        return CjkGlue.NO_LINE_START.indexOf(text.charAt(at)) < 0
                && CjkGlue.NO_LINE_END.indexOf(text.charAt(at - 1)) < 0
                && !(at >= 2 && text.charAt(at - 1) == '-' && isDigit(text.charAt(at - 2)) && isDigit(text.charAt(at)));
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
