package org.compendium.core.render.fidelity;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Summary;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.render.EditionPlanner;
import org.compendium.core.render.pdf.PdfRenderer;
import org.compendium.core.render.pdf.TypeArea;

/**
 * Compares every summary (序言), policy and interpretation note of a built output folder with its Markdown source,
 * character by character (whitespace aside), in the site, each edition's EPUB and each edition's PDF; a difference is
 * reported as a readable character diff with the document, the format and some context.
 */
final class Fidelity {
    /** An interpretation marker of the book: 〔文字解读，见第7页〕 (print.css writes its wording). */
    private static final Pattern PRINT_MARKER = Pattern.compile("〔[^〔〕]{1,12}，见第\\d+页〕");
    private static final int PREFIX = 16;
    private final Compendium compendium;
    private final Path out;
    private final Path templates;
    private final List<String> failures = new ArrayList<>();
    private int compared;

    Fidelity(Compendium compendium, Path out, Path templates) {
        this.compendium = compendium;
        this.out = out;
        this.templates = templates;
    }

    /** The failures of all three formats, each a readable diff; empty when every text is intact. */
    List<String> check(List<Integer> years) {
        List<Edition> editions = new EditionPlanner().plan(compendium, years, new Diagnostics());
        for (Edition edition : editions) {
            List<Document> docs = bookOrder(edition);
            for (Document doc : docs) {
                site(doc);
            }
            epub(edition, docs);
            pdf(edition, docs);
        }
        return failures;
    }

    /** How many texts were compared (a check that compared nothing proves nothing). */
    int compared() {
        return compared;
    }

    private List<Document> bookOrder(Edition edition) {
        List<Document> docs = new ArrayList<>(edition.summary().stream().toList());
        for (Policy p : edition.policies()) {
            docs.add(p);
            docs.addAll(compendium.interpretationsOf(p.id()));
        }
        return docs;
    }

    private SourceText source(Document doc) {
        try {
            return SourceText.of(Files.readString(compendium.contentRoot().resolve(doc.path()), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void site(Document doc) {
        String actual = OutputText.site(out.resolve(SitePaths.page(doc)));
        compare(doc, "site " + SitePaths.page(doc), source(doc).text(), actual == null ? "" : actual);
    }

    private void epub(Edition edition, List<Document> docs) {
        Path epub = out.resolve("downloads/compendium-" + edition.year() + ".epub");
        for (Document doc : docs) {
            String chapter = switch (doc) {
                case Summary s -> "preface.xhtml";
                case Policy p -> "policy-" + p.id() + ".xhtml";
                case Interpretation i -> "note-" + i.id() + ".xhtml";
            };
            SourceText source = source(doc);
            String actual = OutputText.epub(epub, chapter, !source.title().isEmpty());
            compare(doc, epub.getFileName() + "!" + chapter, source.text(), actual == null ? "" : actual);
        }
    }

    /**
     * The book's body text (running heads and folios are outside the text block and left out), interpretation
     * markers and a table's header row repeated on a new page taken away; each document found by the start of its
     * text, after the previous one's end.
     */
    private void pdf(Edition edition, List<Document> docs) {
        Path pdf = PdfRenderer.file(out, edition.year());
        TypeArea area = TypeArea.of(templates.resolve(PdfRenderer.STYLESHEET));
        String book = PRINT_MARKER.matcher(OutputText.squeezed(PdfText.body(pdf, area))).replaceAll("");
        String pageless = book.replace(String.valueOf(PdfText.PAGE), "");
        int[] rawIndex = new int[pageless.length() + 1];
        int[] pagelessIndex = new int[book.length() + 1];
        for (int i = 0, j = 0; i <= book.length(); i++) {
            pagelessIndex[i] = j;
            if (i == book.length() || book.charAt(i) != PdfText.PAGE) {
                rawIndex[j++] = i;
            }
        }
        String notesTitle = endnotesTitle();
        int cursor = 0;
        for (Document doc : docs) {
            SourceText source = source(doc);
            String expected = OutputText.squeezed(source.printed(notesTitle, n -> "[" + n + "]"));
            String what = pdf.getFileName() + " (" + doc.title() + ")";
            if (expected.isEmpty()) {
                continue;
            }
            String prefix = expected.substring(0, Math.min(PREFIX, expected.length()));
            int found = pageless.indexOf(prefix, cursor);
            if (found < 0) {
                compared++;
                failures.add(what + ": the start of the text [" + prefix + "] is not in the book after offset " + cursor
                        + "\n" + diff(expected, pageless.substring(cursor, Math.min(pageless.length(), cursor + expected.length()))));
                continue;
            }
            StringBuilder actual = new StringBuilder();
            int end = read(book, rawIndex[found], expected.length(), source.heads(), actual);
            compare(doc, what, expected, actual.toString());
            cursor = pagelessIndex[end];
        }
    }

    /**
     * Reads {@code length} characters of a document from {@code book} into {@code kept}, from {@code from}, page
     * marks and the header rows repeated after them aside; returns where it stopped.
     */
    private static int read(String book, int from, int length, List<String> heads, StringBuilder kept) {
        int i = from;
        while (i < book.length() && kept.length() < length) {
            if (book.charAt(i) == PdfText.PAGE) {
                i += 1 + repeatedHead(book, i, kept, heads).length();
            } else {
                kept.append(book.charAt(i++));
            }
        }
        return i;
    }

    /** The header row of a table of the document printed again after the page mark at {@code page}, or "". */
    private static String repeatedHead(String book, int page, CharSequence before, List<String> heads) {
        for (String head : heads) {
            String h = OutputText.squeezed(head);
            if (!h.isEmpty() && book.startsWith(h, page + 1) && before.toString().contains(h)) {
                return h;
            }
        }
        return "";
    }

    /** The heading of a document's footnotes in the book (templates/pdf/lib.ftlx). */
    private String endnotesTitle() {
        try {
            Matcher m = Pattern.compile("class=\"endnotes-title\">([^<]*)<")
                    .matcher(Files.readString(templates.resolve("pdf/lib.ftlx")));
            return m.find() ? m.group(1) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void compare(Document doc, String where, String expectedText, String actualText) {
        compared++;
        String expected = OutputText.squeezed(expectedText);
        String actual = OutputText.squeezed(actualText);
        if (!expected.equals(actual)) {
            failures.add(doc.path() + " in " + where + ":\n" + diff(expected, actual));
        }
    }

    /** The differences of two texts, each with ten characters of context: …context[-lost-]{+added+}context… */
    static String diff(String expected, String actual) {
        List<String> a = expected.codePoints().mapToObj(Character::toString).toList();
        List<String> b = actual.codePoints().mapToObj(Character::toString).toList();
        StringBuilder report = new StringBuilder();
        int shown = 0;
        for (AbstractDelta<String> delta : DiffUtils.diff(a, b).getDeltas()) {
            if (shown++ == 12) {
                report.append("  … more differences\n");
                break;
            }
            int at = delta.getSource().getPosition();
            int end = at + delta.getSource().size();
            report.append("  at character ").append(at).append(": …")
                    .append(String.join("", a.subList(Math.max(0, at - 10), at)))
                    .append(delta.getSource().size() > 0 ? "[-" + String.join("", delta.getSource().getLines()) + "-]" : "")
                    .append(delta.getTarget().size() > 0 ? "{+" + String.join("", delta.getTarget().getLines()) + "+}" : "")
                    .append(String.join("", a.subList(end, Math.min(a.size(), end + 10)))).append("…\n");
        }
        return report.toString();
    }
}
