package org.compendium.core.render.fidelity;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The text a reader must find of a Markdown body, worked out from the source file alone, independently of the
 * generator's parser: the markup of the dialect of docs/content-format.md ("Official text as written") taken
 * away, every other character kept. Headings lose their {@code #}, bold its {@code **} (unless the pair is text
 * by the dialect's rule; {@code __} is text), links keep their text, images have none, table rows keep their cells, entities and
 * backslash escapes are their characters; a single {@code *} or {@code _}, a stray {@code <} and {@code 1)}
 * stay. An ordered item keeps its number ({@code 1.}), a footnote reference becomes its number and the
 * footnotes come last, numbered, in the order of their first reference. Whitespace is left to the comparison.
 *
 * @param title    the text of the leading {@code # heading}, or empty when the body has none
 * @param main     the text before the footnotes, the title heading included, with {@link #LINK_MARK} after the text
 *                 of every external link
 * @param endnotes the footnotes, each {@code N.} and its text, or empty
 * @param heads    the text of each table's header row (a book repeats it on every page the table runs onto)
 */
record SourceText(String title, String main, String endnotes, List<String> heads) {
    /** Where an external link's text ends in {@link #main}. */
    static final char LINK_MARK = '\uE000';
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern ORDERED = Pattern.compile("^(\\s*)(\\d{1,9})\\.(?:[ \\t]+|$)(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-+*][ \\t]+(.*)$");
    private static final Pattern FOOTNOTE_DEF = Pattern.compile("^\\[\\^([^\\]]+)]:\\s*(.*)$");
    private static final Pattern LINK_DEF = Pattern.compile("^ {0,3}\\[[^\\]^][^\\]]*]:\\s*\\S+.*$");
    private static final Pattern DELIMITER_ROW = Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
    private static final Pattern BREAK = Pattern.compile("^ {0,3}([-*_])(\\s*\\1){2,}\\s*$");
    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern TAG = Pattern.compile("</?[A-Za-z][A-Za-z0-9-]*(?:\\s[^<>]*)?/?>");
    private static final String CLOSING = "，。、；：？！）》」』】〕”’,.;:?!)]}";
    private static final String OPENING = "（《「『【〔“‘([{";

    static SourceText of(String markdown) {
        return new Reader().read(markdown);
    }

    /** The whole text, as the site and the EPUB show it. */
    String text() {
        return main.replace(String.valueOf(LINK_MARK), "") + endnotes;
    }

    /**
     * The text as the book prints it: without its title heading (the book prints the front matter's title), each
     * external link's text followed by {@code marker.apply(n)} (n from 1), the footnotes after {@code notesTitle}.
     */
    String printed(String notesTitle, java.util.function.IntFunction<String> marker) {
        String body = title.isEmpty() ? main : main.substring(main.indexOf(title) + title.length());
        StringBuilder out = new StringBuilder();
        int n = 0;
        for (char c : body.toCharArray()) {
            if (c == LINK_MARK) {
                out.append(marker.apply(++n));
            } else {
                out.append(c);
            }
        }
        return out + (endnotes.isEmpty() ? "" : notesTitle + endnotes);
    }

    /** How many external links the text has. */
    int externalLinks() {
        return (int) main.chars().filter(c -> c == LINK_MARK).count();
    }

    private static final class Reader {
        private final StringBuilder out = new StringBuilder();
        private final Map<String, String> footnotes = new LinkedHashMap<>();
        private final List<String> referenced = new ArrayList<>();
        private final List<String> heads = new ArrayList<>();
        private String title = "";

        SourceText read(String markdown) {
            List<String> lines = List.of(stripFrontMatter(markdown).split("\n", -1));
            String fence = null;
            boolean first = true;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (fence != null) {
                    if (line.strip().startsWith(fence)) {
                        fence = null;
                    } else {
                        out.append(line).append('\n');
                    }
                    continue;
                }
                Matcher m;
                if ((m = FENCE.matcher(line)).matches()) {
                    fence = m.group(1);
                } else if (line.isBlank() || BREAK.matcher(line).matches() || LINK_DEF.matcher(line).matches()) {
                    continue;
                } else if ((m = FOOTNOTE_DEF.matcher(line)).matches()) {
                    footnotes.put(m.group(1), m.group(2));
                } else if ((m = HEADING.matcher(line)).matches()) {
                    String heading = inline(m.group(1) == null ? "" : m.group(1));
                    if (first && line.startsWith("# ")) {
                        title = heading;
                    }
                    out.append(heading).append('\n');
                } else if (line.contains("|") && i + 1 < lines.size() && DELIMITER_ROW.matcher(lines.get(i + 1)).matches()) {
                    i = table(lines, i);
                } else {
                    block(line);
                }
                first = false;
            }
            StringBuilder notes = new StringBuilder();
            for (int n = 0; n < referenced.size(); n++) { // a footnote's text may reference another: counted on
                notes.append(n + 1).append('.').append(inline(footnotes.getOrDefault(referenced.get(n), ""))).append('\n');
            }
            return new SourceText(title, out.toString(), notes.toString(), List.copyOf(heads));
        }

        private static String stripFrontMatter(String markdown) {
            String text = markdown.replace("\r\n", "\n");
            if (text.startsWith("---\n")) {
                int end = text.indexOf("\n---\n", 3);
                return end < 0 ? text : text.substring(end + 5);
            }
            return text;
        }

        /** A paragraph line, possibly in a quote or a list item (an ordered item keeps its number). */
        private void block(String line) {
            String rest = line;
            while (rest.stripLeading().startsWith(">")) {
                rest = rest.stripLeading().substring(1);
            }
            Matcher m;
            if ((m = ORDERED.matcher(rest)).matches()) {
                rest = m.group(2) + "." + m.group(3);
            } else if ((m = BULLET.matcher(rest)).matches()) {
                rest = m.group(1);
            }
            out.append(inline(rest.strip())).append('\n');
        }

        /** A GFM table from its header line: every cell's text, row by row. */
        private int table(List<String> lines, int header) {
            int i = header;
            int headStart = out.length();
            for (; i < lines.size() && !lines.get(i).isBlank() && lines.get(i).contains("|"); i++) {
                if (i == header + 1) {
                    heads.add(out.substring(headStart));
                    continue;
                }
                String row = lines.get(i).strip();
                row = row.startsWith("|") ? row.substring(1) : row;
                row = row.endsWith("|") && !row.endsWith("\\|") ? row.substring(0, row.length() - 1) : row;
                for (String cell : row.split("(?<!\\\\)\\|", -1)) {
                    out.append(inline(cell.strip().replace("\\|", "|"))).append('\n');
                }
            }
            return i - 1;
        }

        /** Inline markup away: code spans, images, links, footnote references, tags, bold, escapes, entities. */
        private String inline(String text) {
            StringBuilder s = new StringBuilder();
            int i = 0;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (c == '\\' && i + 1 < text.length() && isAsciiPunctuation(text.charAt(i + 1))) {
                    s.append(text.charAt(i + 1));
                    i += 2;
                } else if (c == '`') {
                    int ticks = run(text, i, '`');
                    int close = text.indexOf("`".repeat(ticks), i + ticks);
                    if (close < 0) {
                        s.append(text, i, i + ticks);
                        i += ticks;
                    } else {
                        s.append(text, i + ticks, close);
                        i = close + ticks;
                    }
                } else if (c == '!' && text.startsWith("[", i + 1) && link(text, i + 1) > 0) {
                    i = link(text, i + 1);
                } else if (c == '[' && text.startsWith("^", i + 1) && text.indexOf(']', i) > 0) {
                    String label = text.substring(i + 2, text.indexOf(']', i));
                    if (!referenced.contains(label)) {
                        referenced.add(label);
                    }
                    s.append(referenced.indexOf(label) + 1);
                    i = text.indexOf(']', i) + 1;
                } else if (c == '[' && link(text, i) > 0) {
                    int end = link(text, i);
                    int close = closingBracket(text, i);
                    String label = inline(text.substring(i + 1, close));
                    String target = text.substring(close + 2, end - 1).strip();
                    s.append(label);
                    if (target.matches("(?i)(https?|mailto|tel):.*")) {
                        s.append(LINK_MARK);
                    }
                    i = end;
                } else if (c == '<' && text.startsWith("http", i + 1) && text.indexOf('>', i) > 0) {
                    s.append(text, i + 1, text.indexOf('>', i)).append(LINK_MARK);
                    i = text.indexOf('>', i) + 1;
                } else if (c == '<' && tagAt(text, i) > 0) {
                    i = tagAt(text, i);
                } else if ((c == '*' || c == '~') && text.startsWith(String.valueOf(c).repeat(2), i)
                        && strongEnd(text, i) > 0) {
                    int end = strongEnd(text, i);
                    s.append(inline(text.substring(i + 2, end)));
                    i = end + 2;
                } else if (c == '&') {
                    int semi = text.indexOf(';', i);
                    String entity = semi > i && semi - i <= 33 ? text.substring(i, semi + 1) : "";
                    String decoded = entity.isEmpty() ? "&" : Parser.unescapeEntities(entity, false);
                    boolean known = !entity.isEmpty() && !decoded.equals(entity);
                    s.append(known ? decoded : "&");
                    i += known ? entity.length() : 1;
                } else {
                    s.append(c);
                    i++;
                }
            }
            return s.toString();
        }

        private static int run(String text, int i, char c) {
            int n = 0;
            while (i + n < text.length() && text.charAt(i + n) == c) {
                n++;
            }
            return n;
        }

        /** The end of the closing {@code **}/{@code __}/{@code ~~} of a pair that is markup, or -1 when it is text. */
        private static int strongEnd(String text, int open) {
            String mark = text.substring(open, open + 2);
            int close = text.indexOf(mark, open + 2);
            if (close <= open + 2) {
                return -1;
            }
            String inner = text.substring(open + 2, close);
            if (mark.charAt(0) != '~' && (Character.isWhitespace(inner.charAt(0)) || CLOSING.indexOf(inner.charAt(0)) >= 0
                    || OPENING.indexOf(inner.charAt(inner.length() - 1)) >= 0)) {
                return -1;
            }
            return close;
        }

        private static int closingBracket(String text, int open) {
            int depth = 0;
            for (int i = open; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '[') {
                    depth++;
                } else if (c == ']' && --depth == 0) {
                    return i;
                }
            }
            return -1;
        }

        /** The end of an inline link {@code [text](target)} starting at {@code open}, or -1. */
        private static int link(String text, int open) {
            int close = closingBracket(text, open);
            if (close < 0 || !text.startsWith("(", close + 1)) {
                return -1;
            }
            int end = text.indexOf(')', close + 2);
            return end < 0 ? -1 : end + 1;
        }

        private static int tagAt(String text, int i) {
            Matcher m = TAG.matcher(text).region(i, text.length());
            return m.lookingAt() ? m.end() : -1;
        }

        private static boolean isAsciiPunctuation(char c) {
            return c < 128 && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".indexOf(c) >= 0;
        }
    }
}
