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

/**
 * CommonMark + GFM tables, footnotes and strikethrough, via Flexmark. One instance is thread-safe and
 * meant to be shared. Node offsets refer to the whole file text, so positions need no adjusting.
 */
public final class MarkdownParser {
    private final Parser parser;

    public MarkdownParser() {
        this.parser = Parser.builder(options()).build();
    }

    /** Flexmark options shared by the parser and the body renderer. */
    public static DataHolder options() {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create()));
        // CommonMark's flanking rules keep **问：**如何 from being bold (the closing ** follows a
        // full-width colon); treating only directional punctuation as such fixes Chinese emphasis.
        options.set(Parser.INLINE_DELIMITER_DIRECTIONAL_PUNCTUATIONS, true);
        options.set(TablesExtension.COLUMN_SPANS, false);
        options.set(TablesExtension.APPEND_MISSING_COLUMNS, true);
        options.set(TablesExtension.DISCARD_EXTRA_COLUMNS, true);
        options.set(TablesExtension.HEADER_SEPARATOR_COLUMN_MATCH, false);
        return options.toImmutable();
    }

    /**
     * Parses {@code text} from {@code bodyOffset} on (the part after the front matter). Lines of a paragraph
     * that start with clause numbering become paragraphs of their own.
     */
    public Document parse(String text, int bodyOffset) {
        Document document = parser.parse(BasedSequence.of(text).subSequence(bodyOffset));
        new NumberedLineSplitter().split(document);
        return document;
    }
}
