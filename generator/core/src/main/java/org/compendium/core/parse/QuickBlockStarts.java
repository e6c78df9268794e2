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
import com.vladsch.flexmark.util.sequence.mappers.SpecialLeadInHandler;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * Flexmark's heading, fenced-code, thematic-break and list block starts, unchanged, asked only about lines
 * that can start them. Flexmark tries each on every line with regular expressions (the fence's cannot be
 * anchored and runs along the whole line), and a policy's lines are long paragraphs (about 5 % of parsing).
 * At the line's first non-space character a heading starts with {@code #} (ATX) or is a line of {@code =} or
 * {@code -} (setext), a fence starts with {@code `} or {@code ~}, a thematic break with {@code * _ -}, a list
 * item with a bullet ({@code * - +}) or a digit: other lines are answered "no start" at once, as Flexmark
 * would. The list start keeps state about the lines of an open list, so inside a list it is always asked.
 *
 * <p>Why this fork of Flexmark internals is kept (docs/benchmarks.md, "Forks of Flexmark"): not for speed (about
 * 3.5 % of the CPU of a 2,000-policy build) but for linear time. Flexmark's own starts ask every line of an open
 * paragraph for the paragraph so far, so a long table parses in quadratic time (a 60,000-row table 40 s instead
 * of 2 s; {@code UnboundedWorkTest}, issue 16's budget of 10 s per MB).
 *
 * <p>Flexmark's own factories are switched off and these take their place in the same order: they declare
 * the same dependencies, with each other's classes for Flexmark's.
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

    /**
     * One of Flexmark's block-start factories, its block starts asked through {@code filter}. Everything else is
     * Flexmark's, dependencies mapped. Flexmark orders the factories by class, so each gets a subclass.
     */
    private abstract static class Filtered implements CustomBlockParserFactory {
        private final CustomBlockParserFactory flexmark;
        private final BiFunction<BlockParserFactory, DataHolder, BlockParserFactory> filter;
        private final boolean shared;
        private volatile BlockParserFactory made;

        /**
         * @param shared whether one filtered factory serves every document (Flexmark's holds only options and
         *               patterns, which it would otherwise read and compile again for each document)
         */
        Filtered(CustomBlockParserFactory flexmark, boolean shared,
                 BiFunction<BlockParserFactory, DataHolder, BlockParserFactory> filter) {
            this.flexmark = flexmark;
            this.shared = shared;
            this.filter = filter;
        }

        @Override
        public final Set<Class<?>> getAfterDependents() {
            return mapped(flexmark.getAfterDependents());
        }

        @Override
        public final Set<Class<?>> getBeforeDependents() {
            return mapped(flexmark.getBeforeDependents());
        }

        @Override
        public final boolean affectsGlobalScope() {
            return flexmark.affectsGlobalScope();
        }

        @Override
        public final SpecialLeadInHandler getLeadInHandler(DataHolder options) {
            return flexmark.getLeadInHandler(options);
        }

        @Override
        public final BlockParserFactory apply(DataHolder options) {
            if (!shared) {
                return filter.apply(flexmark.apply(options), options);
            }
            BlockParserFactory factory = made;
            if (factory == null) {
                factory = filter.apply(flexmark.apply(options), options);
                made = factory;
            }
            return factory;
        }
    }

    static final class HeadingStarts extends Filtered {
        HeadingStarts() {
            super(new HeadingParser.Factory(), true, (factory, options) -> new FirstCharacter(factory, "#=-"));
        }
    }

    static final class FenceStarts extends Filtered {
        FenceStarts() {
            super(new FencedCodeBlockParser.Factory(), false, (factory, options) -> new FirstCharacter(factory, "`~"));
        }
    }

    static final class ThematicBreakStarts extends Filtered {
        ThematicBreakStarts() {
            super(new ThematicBreakParser.Factory(), true, (factory, options) -> new FirstCharacter(factory, "*_-"));
        }
    }

    static final class ListStarts extends Filtered {
        ListStarts() {
            super(new ListBlockParser.Factory(), true, (factory, options) ->
                    new OutsideLists(factory, Parser.LISTS_ITEM_PREFIX_CHARS.get(options) + "0123456789"));
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
