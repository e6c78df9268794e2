package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.compendium.core.BuildResult;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page breaks of the demo editions, read back with poppler: no page ends with a heading or a note's label
 * whose text is on the next page; no page inside a document is left mostly empty; a title's bracketed part
 * （2024年修订） is never split over two lines, in a title nor in a cell of the 修订对照 appendix. Headings and
 * titles are those of the content's Markdown.
 */
class BookPagesTest {
    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.+)$", Pattern.MULTILINE);
    private static final Pattern TITLE = Pattern.compile("^title:\\s*[\"']?(.+?)[\"']?\\s*$", Pattern.MULTILINE);
    private static final Pattern LABEL = Pattern.compile("【[^】]{1,8}】");
    private static final Pattern DATE = Pattern.compile("\\d{4}年\\d{1,2}月\\d{1,2}日");
    /** The top margin of a note (print.css .note), in pt, with a point of tolerance. */
    private static final double NOTE_MARGIN = 25;
    /** A page inside a document is at least this full; only a document's (or a part's) last page may hold less. */
    private static final double MIN_FILL = 0.75;
    @TempDir
    static Path temp;
    static Path out;
    static Set<String> headings = new LinkedHashSet<>();
    static Set<String> titles = new LinkedHashSet<>();
    static Map<Path, List<PageLines>> books = new HashMap<>();

    @BeforeAll
    static void build() throws IOException {
        out = temp.resolve("out");
        BuildResult result = DemoEditions.build(out);
        assertTrue(result.published(), () -> result.diagnostics().toString());
        try (Stream<Path> files = Files.walk(DemoEditions.REPO.resolve("content"))) {
            for (Path md : files.filter(f -> f.toString().endsWith(".md")).sorted().toList()) {
                String text = Files.readString(md);
                collect(HEADING.matcher(text), headings);
                collect(TITLE.matcher(text), titles);
            }
        }
        headings.addAll(titles); // a note's title is a heading too
        for (Path pdf : DemoEditions.pdfs(out)) {
            books.put(pdf, PageLines.of(pdf, 30, 28)); // the margins of print.css
        }
    }

    private static void collect(Matcher m, Set<String> into) {
        while (m.find()) {
            into.add(PdfTools.squeezed(m.group(1).replaceAll("\\]\\([^)]*\\)|[\\[*`]", "")));
        }
    }

    @Test
    void noPageEndsWithAHeadingOrALabel() {
        assertTrue(headings.size() > 30, "expected the demo's headings: " + headings);
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (var book : books.entrySet()) {
            for (PageLines page : book.getValue().subList(1, book.getValue().size())) { // the cover excepted
                pages++;
                List<String> body = page.body();
                String tail = "";
                for (int k = 1; k <= Math.min(3, body.size()); k++) {
                    tail = body.get(body.size() - k) + tail;
                    if (headings.contains(tail) || (k == 1 && LABEL.matcher(tail).matches())) {
                        found.add(book.getKey().getFileName() + " p." + page.number() + " ends with " + tail);
                    }
                }
            }
        }
        assertTrue(pages > 50, "expected the demo's pages, found " + pages);
        assertEquals(List.of(), found);
    }

    @Test
    void onlyTheLastPageOfADocumentIsLeftHalfEmpty() {
        List<String> found = new ArrayList<>();
        int lastPages = 0;
        for (var book : books.entrySet()) {
            List<PageLines> pages = book.getValue();
            for (int i = 1; i + 1 < pages.size(); i++) {
                PageLines page = pages.get(i);
                PageLines next = pages.get(i + 1);
                // the next page starts another document: its running header changes (a policy, a part) or it
                // opens with an interpretation note's label
                boolean documentEnds = !page.header().equals(next.header())
                        || (!next.body().isEmpty() && LABEL.matcher(next.body().getFirst()).matches());
                if (documentEnds) {
                    lastPages++;
                } else if (page.fill() < MIN_FILL) {
                    found.add(String.format(java.util.Locale.ROOT, "%s p.%d is %.0f %% full, p.%d goes on with %s",
                            book.getKey().getFileName(), page.number(), page.fill() * 100, next.number(),
                            next.body().isEmpty() ? "nothing" : next.body().getFirst()));
                }
            }
        }
        assertTrue(lastPages > 10, "expected the demo's documents, found " + lastPages);
        assertEquals(List.of(), found);
    }

    /**
     * The rule for interpretation notes: a note follows its policy on the same page, under its rule and label, when
     * its opening fits there: the label, the title, the date, a first heading and two lines of text (a heading
     * never ends a page, a paragraph keeps two lines at a page foot); only when it does not fit does it start on
     * the next page. So a page before a page that opens with a note's label has less room left at its foot than
     * that opening takes on the next page (plus the note's top margin).
     */
    @Test
    void aNoteStartsOnANewPageOnlyWhenItsOpeningDoesNotFit() {
        List<String> found = new ArrayList<>();
        int notes = 0;
        for (var book : books.entrySet()) {
            List<PageLines> pages = book.getValue();
            for (int i = 1; i + 1 < pages.size(); i++) {
                PageLines page = pages.get(i);
                PageLines next = pages.get(i + 1);
                if (next.body().isEmpty() || !LABEL.matcher(next.body().getFirst()).matches()) {
                    continue;
                }
                notes++;
                double opening = next.bottoms().get(openingEnd(next.body()));
                if (page.free() > opening + NOTE_MARGIN) {
                    found.add(String.format(java.util.Locale.ROOT,
                            "%s p.%d has %.0f pt free (%.0f %% of the page), the note on p.%d needs %.0f pt: %s",
                            book.getKey().getFileName(), page.number(), page.free(), 100 * page.free() / page.height(),
                            next.number(), opening + NOTE_MARGIN, next.body().getFirst()));
                }
            }
        }
        assertTrue(notes >= 1, "expected a note that starts a page");
        assertEquals(List.of(), found);
    }

    /** The index of the last line of a note's opening on its page: label, title, date, a heading, two lines. */
    private static int openingEnd(List<String> body) {
        int i = 1;
        while (i < body.size() - 1 && !DATE.matcher(body.get(i)).matches()) {
            i++;
        }
        if (i + 1 < body.size() && headings.contains(body.get(i + 1))) {
            i++;
        }
        return Math.min(i + 2, body.size() - 1);
    }

    @Test
    void bracketedPartsOfTitlesStayOnOneLine() {
        int checked = 0;
        List<String> found = new ArrayList<>();
        for (var book : books.entrySet()) {
            for (PageLines page : book.getValue()) {
                String header = String.join("", page.header());
                for (String printed : page.body()) {
                    // an index entry starts with the 文号 it is filed under
                    String line = header.matches("索\\W*引")
                            ? printed.replaceFirst("^[^〔]{1,8}〔\\d{4}〕\\d+号", "") : printed;
                    for (String title : titles) {
                        // the title lines of its own pages (running header = the title), of the contents and of
                        // the index (the 修订对照 appendix's cells: shortBracketedGroupsInComparisonCellsStayOnOneLine)
                        boolean titlePage = header.contains(title) || header.matches("目\\W*录|索\\W*引");
                        if (!titlePage || !title.contains("（") || !title.startsWith(line) || line.length() < 4) {
                            continue;
                        }
                        checked++;
                        if (line.length() < title.length() && depth(line) > 0) {
                            found.add(book.getKey().getFileName() + " p." + page.number() + ": " + title
                                    + " breaks after " + line);
                        }
                    }
                }
            }
        }
        assertTrue(checked >= 3, "expected the demo's titles with a bracketed part, found " + checked);
        assertEquals(List.of(), found);
    }

    /**
     * In the 修订对照 appendix's table cells, a short bracketed group （2024年修订） (at most 12 characters between the
     * brackets) is never split over two lines: a word that ends a line of a cell with an open bracket does not go
     * on, on the cell's next line, with the rest of a group that short.
     */
    @Test
    void shortBracketedGroupsInComparisonCellsStayOnOneLine() {
        List<String> found = new ArrayList<>();
        int pages = 0;
        for (Path pdf : books.keySet()) {
            for (TypeArea.Page page : TypeArea.pages(pdf, false)) {
                List<TypeArea.Word> words = page.words();
                boolean appendix = words.stream().anyMatch(w -> w.yMax() < 30 * 72 / 25.4 && w.text().equals("修订对照"));
                if (!appendix) {
                    continue;
                }
                pages++;
                for (TypeArea.Word w : words) {
                    int open = w.text().lastIndexOf('（');
                    if (open < 0 || w.text().indexOf('）', open) >= 0) {
                        continue;
                    }
                    TypeArea.Word next = null;
                    for (TypeArea.Word v : words) {
                        boolean below = v.yMin() > w.yMin() + 5 && v.yMin() < w.yMax() + 16;
                        if (below && v.xMin() <= w.xMin() + 1 && (next == null || v.xMin() > next.xMin())) {
                            next = v;
                        }
                    }
                    int close = next == null ? -1 : next.text().indexOf('）');
                    String group = close < 0 ? "" : w.text().substring(open) + next.text().substring(0, close + 1);
                    if (!group.isEmpty() && group.length() - 2 <= 12 && group.indexOf('（', 1) < 0) {
                        found.add(pdf.getFileName() + " p." + page.number() + ": " + w.text() + " / " + next.text());
                    }
                }
            }
        }
        assertTrue(pages >= 1, "expected the 2024 edition's 修订对照 appendix");
        assertEquals(List.of(), found);
    }

    /**
     * A row of a 对照表 is never split with its 说明 (修改, 新增 …, a short cell) at the foot of a page and its
     * clauses on the next: beside every 说明 word, on its line, lies the first line of a clause.
     */
    @Test
    void comparisonRowsKeepTheirNoteBesideTheirClauses() {
        List<String> found = new ArrayList<>();
        int rows = 0;
        for (Path pdf : books.keySet()) {
            for (TypeArea.Page page : TypeArea.pages(pdf, false)) {
                List<TypeArea.Word> words = page.words();
                if (words.stream().noneMatch(w -> w.yMax() < 30 * 72 / 25.4 && w.text().equals("修订对照"))) {
                    continue;
                }
                for (TypeArea.Word kind : words.stream().filter(w -> w.text().matches("未?修改|新增|删除")).toList()) {
                    rows++;
                    boolean beside = words.stream().anyMatch(w -> w.xMax() < kind.xMin()
                            && Math.abs(w.yMin() - kind.yMin()) < 4);
                    if (!beside) {
                        found.add(pdf.getFileName() + " p." + page.number() + ": " + kind.text() + " alone at y "
                                + Math.round(kind.yMin()));
                    }
                }
            }
        }
        assertTrue(rows >= 10, "expected the rows of the 2024 edition's 对照表, found " + rows);
        assertEquals(List.of(), found);
    }

    /** How many brackets are open at the end of {@code text}. */
    private static int depth(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '（' ? 1 : c == '）' ? -1 : 0;
        }
        return depth;
    }
}
