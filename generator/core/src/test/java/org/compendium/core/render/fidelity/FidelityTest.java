package org.compendium.core.render.fidelity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.ContentCompiler;
import org.compendium.core.StageTimer;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.model.Compendium;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.Corpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No character of an official text is lost, changed or added, in any of the three formats: each summary, policy and
 * interpretation note is read back from the site (jsoup), the EPUB (jsoup) and the PDF (pdftotext) and compared
 * with its Markdown source minus markup ({@link SourceText}), whitespace aside. On the demo content, a notice
 * pasted as issued (fixtures/pasted-notice: eleven lines without blank lines, {@code “*”}, entities, 文号,
 * long Latin tokens, a twelve-column table, a footnote, an external link) and, when COMPENDIUM_CORPUS or
 * -Dcompendium.corpus names one, the shared corpus's latest edition.
 */
class FidelityTest {
    private static final Instant TIME = Instant.parse("2025-06-30T08:00:00Z");
    @TempDir
    Path tmp;

    private static void assertIntact(Path content, Path out, List<Integer> years, int atLeast) {
        BuildRequest request = BuildRequest.builder(content).outputDir(out).templatesDir(ContentFolder.TEMPLATES)
                .formats(EnumSet.allOf(OutputFormat.class)).editions(years).timestamp(TIME).build();
        BuildResult result = new CompendiumBuilder().build(request);
        assertTrue(result.published(), () -> result.diagnostics().toString());
        Compendium compendium = new ContentCompiler().compile(content, Optional.empty(), TIME, new Diagnostics(),
                new StageTimer()).orElseThrow();
        Fidelity fidelity = new Fidelity(compendium, out, ContentFolder.TEMPLATES);
        List<String> failures = fidelity.check(years);
        assertTrue(failures.isEmpty(), () -> failures.size() + " texts differ from their source:\n"
                + String.join("\n", failures.subList(0, Math.min(20, failures.size()))));
        assertTrue(fidelity.compared() >= atLeast, "compared only " + fidelity.compared() + " texts");
    }

    @Test
    void theDemoContentIsPrintedAsWritten() {
        assertIntact(ContentFolder.PROJECT.resolve("content"), tmp.resolve("out"), List.of(), 30);
    }

    @Test
    void aNoticePastedAsIssuedKeepsEveryCharacter() {
        ContentFolder content = ContentFolder.create(tmp, ContentFolder.RESOURCES.resolve("fixtures/pasted-notice"));
        assertIntact(content.root(), tmp.resolve("out"), List.of(2022), 3);
    }

    @Test
    void theCorpusIsPrintedAsWritten() throws Exception {
        var corpus = Corpus.folder();
        assumeTrue(corpus.isPresent(), "no corpus: set -Dcompendium.corpus or COMPENDIUM_CORPUS to a content folder");
        int year;
        try (var summaries = Files.list(corpus.get().resolve("summaries"))) {
            year = summaries.map(f -> f.getFileName().toString().replace(".md", ""))
                    .filter(s -> s.matches("\\d{4}")).mapToInt(Integer::parseInt).max().orElse(2024);
        }
        assertIntact(corpus.get(), tmp.resolve("out"), List.of(year), 10);
    }

    /** The comparison itself: a character lost, changed or added inside the text is a difference, shown. */
    @Test
    void aLostChangedOrAddedCharacterIsReported() {
        String source = "第一条 科技人才处挂钩联系国家“*”、省“*”企业。";
        assertEquals("", Fidelity.diff(source, source));
        assertEquals("  at character 15: …人才处挂钩联系国家“[-*-]”、省“*”企业。…\n",
                Fidelity.diff(OutputText.squeezed(source), OutputText.squeezed("第一条 科技人才处挂钩联系国家“”、省“*”企业。")));
        assertTrue(Fidelity.diff(source, source.replace("省", "市")).contains("[-省-]{+市+}"));
        assertTrue(Fidelity.diff(source, source.replace("企业", "企业企业")).contains("{+企业+}"));
    }
}
