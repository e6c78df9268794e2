package org.compendium.core.render;

import com.vladsch.flexmark.parser.ListOptions;
import com.vladsch.flexmark.util.data.DataHolder;
import org.compendium.core.parse.MarkdownParser;

/**
 * The Flexmark options the body is rendered with, made once: the parser's.
 *
 * @param flexmark the parser's options, as Flexmark's renderer saw them
 * @param lists    its list options (tight and loose items, an ordered list's start)
 */
record BodyOptions(DataHolder flexmark, ListOptions lists) {

    static BodyOptions parser() {
        DataHolder options = MarkdownParser.options();
        return new BodyOptions(options, ListOptions.get(options));
    }
}
