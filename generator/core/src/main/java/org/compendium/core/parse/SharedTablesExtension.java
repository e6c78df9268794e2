package org.compendium.core.parse;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.SubSequence;
import java.util.List;
import java.util.Set;

/**
 * GFM tables exactly as {@link TablesExtension}, with one table pre-processor for every document: Flexmark
 * makes one per document, and its constructor builds and compiles a regular expression (2 % of the CPU time
 * of a 2,000-policy site). The pre-processor holds only its options and that pattern, so sharing it is safe.
 * Paragraphs whose first line has no {@code |} are not given to it at all (see {@link PipeFirst}).
 */
final class SharedTablesExtension extends TablesExtension {

    @Override
    public void extend(Parser.Builder parser) {
        parser.paragraphPreProcessorFactory(new SharedFactory(TableParagraphPreProcessor.Factory()));
    }

    /** Makes the pre-processor once, from the first document's options (the parser's, the same for all). */
    private static final class SharedFactory implements ParagraphPreProcessorFactory {
        private final ParagraphPreProcessorFactory tables;
        private volatile ParagraphPreProcessor shared;

        SharedFactory(ParagraphPreProcessorFactory tables) {
            this.tables = tables;
        }

        @Override
        public ParagraphPreProcessor apply(ParserState state) {
            ParagraphPreProcessor made = shared;
            if (made == null) {
                made = new PipeFirst(tables.apply(state));
                shared = made;
            }
            return made;
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return tables.getAfterDependents();
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return tables.getBeforeDependents();
        }

        @Override
        public boolean affectsGlobalScope() {
            return tables.affectsGlobalScope();
        }
    }

    /**
     * Flexmark's table pre-processor gives up on a paragraph whose first line has no {@code |}, after reading
     * the line character by character through its sequence classes: this one looks in the source text, and
     * leaves only the paragraphs that may be tables to Flexmark (most of a policy's paragraphs are not).
     */
    private record PipeFirst(ParagraphPreProcessor tables) implements ParagraphPreProcessor {

        @Override
        public int preProcessBlock(Paragraph block, ParserState state) {
            return mayBeTable(block) ? tables.preProcessBlock(block, state) : 0;
        }

        private static boolean mayBeTable(Paragraph block) {
            List<BasedSequence> lines = block.getContentLines();
            if (lines.isEmpty()) {
                return true;
            }
            BasedSequence first = lines.get(0);
            if (first instanceof SubSequence && first.getBase() instanceof String text) {
                return text.indexOf('|', first.getStartOffset(), first.getEndOffset()) >= 0;
            }
            return first.indexOf('|') >= 0;
        }
    }
}
