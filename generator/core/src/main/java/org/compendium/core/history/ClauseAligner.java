package org.compendium.core.history;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Aligns the clauses of two versions of a text into a 修订对照表. Clauses whose text did not change anchor
 * the alignment (a java-diff-utils diff of the clause sequences); between them, the changed clauses are
 * paired by number where the text is still recognisably the same clause, and by text similarity where the
 * clauses were renumbered (a clause inserted before them). Paired clauses get a character diff.
 */
public final class ClauseAligner {
    /** Below this share of common character pairs, two clauses are not the same clause. */
    static final double SIMILAR = 0.5;
    /** Clauses with the same number need less in common to be the same clause. */
    static final double SIMILAR_SAME_NUMBER = 0.2;
    /** Clauses that start with the same caption (研发投入补助。) count as this similar at least. */
    static final double SAME_CAPTION = 0.6;
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile(
            "^(第[一二三四五六七八九十百千零〇两0-9]+[章节条]|[一二三四五六七八九十百]+、|[（(][一二三四五六七八九十百0-9]+[）)]"
                    + "|[0-9]+[.．、]|[①-⑳])\\s*");
    /** Changed regions larger than this (clauses × clauses) pair clauses by number only. */
    private static final int MAX_CELLS = 40_000;

    private ClauseAligner() {
    }

    public static Comparison compare(List<Clause> before, List<Clause> after) {
        List<String> a = before.stream().map(Clause::text).toList();
        List<String> b = after.stream().map(Clause::text).toList();
        List<ComparisonRow> rows = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            Chunk<String> source = delta.getSource();
            Chunk<String> target = delta.getTarget();
            for (; i < source.getPosition(); i++, j++) {
                rows.add(same(before.get(i), after.get(j)));
            }
            List<Clause> old = before.subList(source.getPosition(), source.getPosition() + source.size());
            List<Clause> now = after.subList(target.getPosition(), target.getPosition() + target.size());
            rows.addAll(delta.getType() == DeltaType.EQUAL ? sameAll(old, now) : align(old, now));
            i = source.getPosition() + source.size();
            j = target.getPosition() + target.size();
        }
        for (; i < before.size(); i++, j++) {
            rows.add(same(before.get(i), after.get(j)));
        }
        return Comparison.of(rows);
    }

    private static List<ComparisonRow> sameAll(List<Clause> old, List<Clause> now) {
        List<ComparisonRow> rows = new ArrayList<>();
        for (int k = 0; k < old.size(); k++) {
            rows.add(same(old.get(k), now.get(k)));
        }
        return rows;
    }

    private static ComparisonRow same(Clause old, Clause now) {
        return new ComparisonRow(ComparisonRow.Kind.UNCHANGED, old.label(), now.label(),
                List.of(new Span(old.text(), false)), List.of(new Span(now.text(), false)));
    }

    /** Best monotone pairing of a changed region (dynamic programming over similarity), then its rows. */
    private static List<ComparisonRow> align(List<Clause> old, List<Clause> now) {
        int n = old.size();
        int m = now.size();
        boolean byNumberOnly = (long) n * m > MAX_CELLS;
        int[][] grams = new int[n + m][];
        String[] captions = new String[n + m];
        for (int k = 0; k < n + m; k++) {
            String text = (k < n ? old.get(k) : now.get(k - n)).text();
            grams[k] = bigrams(text);
            captions[k] = caption(text);
        }
        double[][] best = new double[n + 1][m + 1];
        double[][] pair = new double[n][m];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                boolean sameKey = old.get(x).key().equals(now.get(y).key());
                double sim = byNumberOnly ? (sameKey ? 1 : 0) : dice(grams[x], grams[n + y]);
                if (!captions[x].isEmpty() && captions[x].equals(captions[n + y])) {
                    sim = Math.max(sim, SAME_CAPTION);
                }
                pair[x][y] = sim >= SIMILAR || (sameKey && sim >= SIMILAR_SAME_NUMBER)
                        ? sim + (sameKey ? 0.25 : 0) : Double.NEGATIVE_INFINITY;
                best[x][y] = Math.max(Math.max(best[x + 1][y], best[x][y + 1]), pair[x][y] + best[x + 1][y + 1]);
            }
        }
        List<ComparisonRow> rows = new ArrayList<>();
        int x = 0;
        int y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && pair[x][y] > Double.NEGATIVE_INFINITY
                    && best[x][y] == pair[x][y] + best[x + 1][y + 1]) {
                rows.add(modified(old.get(x++), now.get(y++)));
            } else if (x < n && (y == m || best[x][y] == best[x + 1][y])) {
                Clause c = old.get(x++);
                rows.add(new ComparisonRow(ComparisonRow.Kind.DELETED, c.label(), "",
                        List.of(new Span(c.text(), true)), List.of()));
            } else {
                Clause c = now.get(y++);
                rows.add(new ComparisonRow(ComparisonRow.Kind.INSERTED, "", c.label(),
                        List.of(), List.of(new Span(c.text(), true))));
            }
        }
        return rows;
    }

    /** A clause changed in place or renumbered: the characters deleted and inserted, marked. */
    static ComparisonRow modified(Clause old, Clause now) {
        List<String> a = codePoints(old.text());
        List<String> b = codePoints(now.text());
        List<Span> before = new ArrayList<>();
        List<Span> after = new ArrayList<>();
        int i = 0;
        int j = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            int ds = delta.getSource().getPosition();
            int dt = delta.getTarget().getPosition();
            add(before, a.subList(i, ds), false);
            add(after, b.subList(j, dt), false);
            i = ds + delta.getSource().size();
            j = dt + delta.getTarget().size();
            add(before, a.subList(ds, i), true);
            add(after, b.subList(dt, j), true);
        }
        add(before, a.subList(i, a.size()), false);
        add(after, b.subList(j, b.size()), false);
        int common = before.stream().filter(x -> !x.changed()).mapToInt(x -> x.text().codePointCount(0, x.text().length())).sum();
        if (common > 0 && 4 * common < a.size() + b.size()) {
            // Rewritten rather than edited: scattered common characters would only make it harder to read.
            before = List.of(new Span(old.text(), true));
            after = List.of(new Span(now.text(), true));
        }
        ComparisonRow.Kind kind = old.text().equals(now.text()) ? ComparisonRow.Kind.UNCHANGED : ComparisonRow.Kind.MODIFIED;
        return new ComparisonRow(kind, old.label(), now.label(), before, after);
    }

    private static void add(List<Span> spans, List<String> chars, boolean changed) {
        if (chars.isEmpty()) {
            return;
        }
        String text = String.join("", chars);
        if (!spans.isEmpty() && spans.get(spans.size() - 1).changed() == changed) {
            Span last = spans.remove(spans.size() - 1);
            text = last.text() + text;
        }
        spans.add(new Span(text, changed));
    }

    private static List<String> codePoints(String s) {
        return s.codePoints().mapToObj(Character::toString).toList();
    }

    /** The caption a clause starts with after its number (研发投入补助 in （三）研发投入补助。…), or empty. */
    static String caption(String text) {
        String rest = NUMBER.matcher(text).replaceFirst("");
        int end = -1;
        for (int k = 0; k < rest.length() && k <= 20; k++) {
            char c = rest.charAt(k);
            if (c == '。' || c == '：' || c == ':') {
                end = k;
                break;
            }
        }
        return end >= 2 ? rest.substring(0, end) : "";
    }

    /** The text's pairs of adjacent characters (whitespace ignored), as sorted codes. */
    static int[] bigrams(String text) {
        int[] cps = text.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        if (cps.length < 2) {
            return cps.length == 1 ? new int[] {cps[0]} : new int[0];
        }
        int[] out = new int[cps.length - 1];
        for (int k = 0; k + 1 < cps.length; k++) {
            out[k] = cps[k] * 31 + cps[k + 1];
        }
        Arrays.sort(out);
        return out;
    }

    /** Dice's coefficient of two sorted bigram lists: 1 for the same text, 0 for nothing in common. */
    static double dice(int[] a, int[] b) {
        if (a.length + b.length == 0) {
            return 1;
        }
        int common = 0;
        for (int i = 0, j = 0; i < a.length && j < b.length; ) {
            if (a[i] == b[j]) {
                common++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return 2.0 * common / (a.length + b.length);
    }
}
