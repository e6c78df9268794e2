package org.compendium.core.parse;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.List;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.LineIndex;

/**
 * CommonMark + GFM tables, footnotes and strikethrough, via Flexmark. One instance is thread-safe and
 * meant to be shared. Node offsets refer to the whole file text, so positions need no adjusting.
 */
public final class MarkdownParser {
    /**
     * Deepest nesting of blocks and inline markup a body may have (a list item in a list in a quote is 4
     * levels). Real policy texts stay far below; deeper bodies are refused so no renderer overflows its stack.
     */
    public static final int MAX_DEPTH = 64;
    /** Longest run of markup characters ({@code *}, {@code -}, {@code [} …, spaces between them included). */
    public static final int MAX_MARKUP_RUN = 500;
    private static final String TOO_DEEP = "Markdown nested too deeply [more than " + MAX_DEPTH
            + " levels of quotes, lists or inline markup]; expected at most " + MAX_DEPTH + " levels";
    private final Parser parser;

    public MarkdownParser() {
        this.parser = Parser.builder(options()).build();
    }

    /** Flexmark options shared by the parser and the body renderer. */
    public static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create(),
                new QuickBlockStarts()));
        // CommonMark's flanking rules keep **问：**如何 from being bold (the closing ** follows a
        // full-width colon); treating only directional punctuation as such fixes Chinese emphasis.
        options.set(Parser.INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS, true);
        // "1)" starts no list: a list would print it as "1." (the browser's or the PDF's own numbering), and
        // official texts number items "1)" as text; so only "1." is a Markdown list, and "1)" stays as written.
        options.set(Parser.LISTS_ORDERED_ITEM_DOT_ONLY, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        return options.toImmutable();
    }

    /**
     * Parses {@code text} from {@code bodyOffset} on (the part after the front matter), in the dialect of
     * official bodies: every line of a paragraph is a paragraph ({@link LineSplitter}), and asterisks and
     * underscores that are text stay text ({@link LiteralEmphasis}). A body nested deeper than
     * {@link #MAX_DEPTH} is reported (at {@code path}) and parsed as empty.
     */
    public Document parse(String text, int bodyOffset, String path, LineIndex lines, Diagnostics diagnostics) {
        var run = MarkupRuns.firstLongerThan(text, bodyOffset, MAX_MARKUP_RUN);
        if (run.isPresent()) {
            diagnostics.error(lines.position(path, run.getAsInt()), "run of Markdown markup characters too long [more than "
                    + MAX_MARKUP_RUN + " of *_-=~#>[]`]; expected at most " + MAX_MARKUP_RUN + " in a row");
            return parser.parse("");
        }
        var markers = LineMarkers.firstBeyond(text, bodyOffset, MAX_DEPTH);
        if (markers.isPresent()) {
            diagnostics.error(lines.position(path, markers.getAsInt()), TOO_DEEP);
            return parser.parse("");
        }
        ReadBudget budget = new ReadBudget(text);
        Document document;
        try {
            document = parser.parse(BasedSequence.of(budget).subSequence(bodyOffset));
        } catch (ReadBudget.Exhausted | StackOverflowError e) {
            int at = Paragraphs.startOf(text, bodyOffset, budget.lastRead());
            diagnostics.error(lines.position(path, at), (e instanceof StackOverflowError ? "Markdown paragraph too"
                    + " deep to parse [stack exhausted]" : "Markdown paragraph too costly to parse [more than "
                    + ReadBudget.PER_CHARACTER + " reads per character]") + "; expected links, link titles, code"
                    + " spans and HTML comments closed within their paragraph (an unclosed [a](b, (, \", ` or <!--"
                    + " makes the parser reread the rest of the paragraph at each one)");
            return parser.parse("");
        } finally {
            budget.disarm();
        }
        Optional<com.vladsch.flexmark.util.ast.Node> deep = NestingDepth.firstBeyond(document, MAX_DEPTH);
        if (deep.isPresent()) {
            diagnostics.error(lines.position(path, deep.get().getStartOffset()), TOO_DEEP);
            document.removeChildren();
            return document;
        }
        new LineSplitter().split(document);
        LiteralEmphasis.apply(document);
        ListNumbers.check(document, path, lines, diagnostics);
        EscapedInvisibles.check(document, path, lines, diagnostics);
        return document;
    }

    /** {@link #parse(String, int, String, LineIndex, Diagnostics)} for tests and snippets: problems are dropped. */
    public Document parse(String text, int bodyOffset) {
        return parse(text, bodyOffset, "", new LineIndex(text), new Diagnostics());
    }
}
