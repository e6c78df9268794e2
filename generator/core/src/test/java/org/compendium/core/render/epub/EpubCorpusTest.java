package org.compendium.core.render.epub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.List;
import org.compendium.core.BuildResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every edition of a generated corpus (e.g. {@code gen_corpus.py /tmp/c200 --policies 200}) is a valid
 * EPUB. Runs only with {@code -Dcompendium.corpus=DIR} naming an existing content folder.
 */
class EpubCorpusTest {

    @Test
    void everyEditionOfTheCorpusIsValid(@TempDir Path tmp) {
        var corpus = org.compendium.core.testing.Corpus.folder();
        assumeTrue(corpus.isPresent(), "no corpus: set -Dcompendium.corpus or COMPENDIUM_CORPUS to a content folder");
        BuildResult result = EpubFixture.build(corpus.get(), tmp.resolve("out"), EpubFixture.TEMPLATES, List.of());
        assertTrue(result.published(), () -> "build failed: " + result.diagnostics());
        List<Path> epubs = EpubFixture.epubs(tmp.resolve("out"));
        assertFalse(epubs.isEmpty());
        for (Path epub : epubs) {
            EpubValidityTest.assertValid(epub);
        }
    }
}
