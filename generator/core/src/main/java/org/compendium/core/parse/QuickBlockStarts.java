package org.compendium.core.parse;

import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.BlockParser;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.parser.core.ThematicBreakParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.data.MutableDataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Flexmark's heading, fenced-code, thematic-break and list block starts, unchanged, asked only about lines
 * that can start them. Flexmark tries each on every line with regular expressions (the fence's cannot be
 * anchored and runs along the whole line), and a policy's lines are long paragraphs (about 5 % of parsing).
 * At the line's first non-space character a heading starts with {@code #} (ATX) or is a line of {@code =} or
 * {@code -} (setext), a fence starts with {@code `} or {@code ~}, a thematic break with {@code * _ -}, a list
 * item with a bullet ({@code * - +}) or a digit: other lines are answered "no start" at once, as Flexmark
 * would. The list start keeps state about the lines of an open list, so inside a list it is always asked.
 *
 * <p>Flexmark's own factories are switched off and these subclasses take their place in the same order:
 * they declare the same dependencies, with each other's classes for Flexmark's.
 */
final class QuickBlockStarts implements Parser.ParserExtension {
    private static final Map<Class<?>, Class<?>> REPLACED = Map.of(
            HeadingParser.Factory.class, HeadingStarts.class,
            FencedCodeBlockParser.Factory.class, FenceStarts.class,
            ThematicBreakParser.Factory.class, ThematicBreakStarts.class,
            ListBlockParser.Factory.class, ListStarts.class);

    @Override
    public void parserOptions(MutableDataHolder options) {
        options.set(Parser.HEADING_PARSER, false);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, false);
        options.set(Parser.THEMATIC_BREAK_PARSER, false);
        options.set(Parser.LIST_BLOCK_PARSER, false);
    }

    @Override
    public void extend(Parser.Builder parser) {
        parser.customBlockParserFactory(new HeadingStarts());
        parser.customBlockParserFactory(new FenceStarts());
        parser.customBlockParserFactory(new ThematicBreakStarts());
        parser.customBlockParserFactory(new ListStarts());
    }

    /** Flexmark's dependency classes, with the replaced factories' classes swapped for these. */
    private static Set<Class<?>> mapped(Set<Class<?>> dependents) {
        Set<Class<?>> out = new HashSet<>();
        dependents.forEach(c -> out.add(REPLACED.getOrDefault(c, c)));
        return out;
    }

    static final class HeadingStarts extends HeadingParser.Factory {
        /** Made once: Flexmark's compiles three patterns for every document. It holds only those and options. */
        private volatile BlockParserFactory shared;

        @Override
        public Set<Class<?>> getAfterDependents() {
            return mapped(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return mapped(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory made = shared;
            if (made == null) {
                made = new FirstCharacter(super.apply(options), "#=-");
                shared = made;
            }
            return made;
        }
    }

    static final class FenceStarts extends FencedCodeBlockParser.Factory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return mapped(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return mapped(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new FirstCharacter(super.apply(options), "`~");
        }
    }

    static final class ThematicBreakStarts extends ThematicBreakParser.Factory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return mapped(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return mapped(super.getBeforeDependents());
        }

        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new FirstCharacter(super.apply(options), "*_-");
        }
    }

    static final class ListStarts extends ListBlockParser.Factory {

        @Override
        public Set<Class<?>> getAfterDependents() {
            return mapped(super.getAfterDependents());
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return mapped(super.getBeforeDependents());
        }

        /** Made once: Flexmark's reads all its list options for every document. It holds only those. */
        private volatile BlockParserFactory shared;

        @Override
        public BlockParserFactory apply(DataHolder options) {
            BlockParserFactory made = shared;
            if (made == null) {
                String starts = Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + "0123456789";
                made = new OutsideLists(super.apply(options), starts);
                shared = made;
            }
            return made;
        }
    }

    /**
     * Asks {@code factory} about every line in a list, where it keeps track of the list's lines, and elsewhere
     * only when the line's first non-space character is one of {@code starts}.
     */
    private record OutsideLists(BlockParserFactory factory, String starts) implements BlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            BlockParser matched = matchedBlockParser.getBlockParser();
            if (matched instanceof ListBlockParser || matched.getBlock().getAncestorOfType(ListBlock.class) != null) {
                return factory.tryStart(state, matchedBlockParser);
            }
            return FirstCharacter.tryStart(factory, starts, state, matchedBlockParser);
        }
    }

    /** Asks {@code factory} only when the line's first non-space character is one of {@code starts}. */
    private record FirstCharacter(BlockParserFactory factory, String starts) implements BlockParserFactory {

        @Override
        public BlockStart tryStart(ParserState state, MatchedBlockParser matchedBlockParser) {
            return tryStart(factory, starts, state, matchedBlockParser);
        }

        static BlockStart tryStart(BlockParserFactory factory, String starts, ParserState state,
                MatchedBlockParser matchedBlockParser) {
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            if (first >= line.length() || starts.indexOf(line.charAt(first)) < 0) {
                return BlockStart.none();
            }
            return factory.tryStart(state, matchedBlockParser);
        }
    }
}
