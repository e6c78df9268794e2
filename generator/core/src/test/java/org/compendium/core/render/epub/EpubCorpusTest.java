package org.compendium.core.render.epub;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
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
        String corpus = System.getProperty("compendium.corpus", "");
        assumeTrue(!corpus.isBlank() && Files.isDirectory(Path.of(corpus)),
                "no corpus: set -Dcompendium.corpus to a content folder");
        BuildResult result = EpubFixture.build(Path.of(corpus), tmp.resolve("out"), EpubFixture.TEMPLATES, List.of());
        assertTrue(result.published(), () -> "build failed: " + result.diagnostics());
        List<Path> epubs = EpubFixture.epubs(tmp.resolve("out"));
        assertFalse(epubs.isEmpty());
        for (Path epub : epubs) {
            EpubValidityTest.assertValid(epub);
        }
    }
}
