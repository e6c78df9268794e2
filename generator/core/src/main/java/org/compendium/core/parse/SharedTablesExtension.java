package org.compendium.core.parse;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.ext.tables.internal.TableParagraphPreProcessor;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessor;
import com.vladsch.flexmark.parser.block.ParagraphPreProcessorFactory;
import com.vladsch.flexmark.parser.block.ParserState;
import java.util.Set;

/**
 * GFM tables exactly as {@link TablesExtension}, with one table pre-processor for every document: Flexmark
 * makes one per document, and its constructor builds and compiles a regular expression (2 % of the CPU time
 * of a 2,000-policy site). The pre-processor holds only its options and that pattern, so sharing it is safe.
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
                made = tables.apply(state);
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
}
