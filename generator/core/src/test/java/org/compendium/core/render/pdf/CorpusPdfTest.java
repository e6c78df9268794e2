package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openpdf.text.pdf.PdfReader;

/**
 * The shared 200-policy corpus ({@code -Dcompendium.corpus=DIR}, made by gen_corpus.py): its latest
 * edition builds without errors, stays under 15 MB, and every page count is reported with the speed.
 * Skipped when the property does not name an existing folder.
 */
class CorpusPdfTest {
    private static final long MAX_BYTES = 15L * 1024 * 1024;

    private static double pdfSeconds(BuildResult result) {
        return result.timings().stream().filter(t -> t.stage().equals("pdf")).mapToLong(BuildResult.StageTiming::millis)
                .sum() / 1000.0;
    }

    @TempDir
    Path temp;

    @Test
    void theLatestEditionOfTheCorpusBuilds() throws Exception {
        var corpus = org.compendium.core.testing.Corpus.folder();
        assumeTrue(corpus.isPresent(), "no corpus: set -Dcompendium.corpus or COMPENDIUM_CORPUS to a content folder");
        Path content = corpus.get();
        int year;
        try (var summaries = Files.list(content.resolve("summaries"))) {
            year = summaries.map(f -> f.getFileName().toString().replace(".md", ""))
                    .filter(s -> s.matches("\\d{4}")).mapToInt(Integer::parseInt).max().orElse(2024);
        }
        BuildRequest request = BuildRequest.builder(content).outputDir(temp.resolve("out"))
                .templatesDir(DemoEditions.REPO.resolve("templates"))
                .formats(java.util.EnumSet.of(org.compendium.core.kernel.OutputFormat.PDF))
                .editions(List.of(year)).timestamp(DemoEditions.TIME).build();
        BuildResult cold = new CompendiumBuilder().build(request);
        assertTrue(cold.published(), cold.diagnostics().toString());
        BuildResult warm = new CompendiumBuilder().build(request); // the same JVM, JIT warmed up
        Path pdf = PdfRenderer.file(temp.resolve("out"), year);
        try (PdfReader reader = new PdfReader(pdf.toString())) {
            int pages = reader.getNumberOfPages();
            System.out.printf(java.util.Locale.ROOT, "corpus edition %d: %d pages, %.2f MB; pdf stage cold %.0f, warm %.0f"
                    + " pages/s%n", year, pages, Files.size(pdf) / 1048576.0, pages / pdfSeconds(cold), pages / pdfSeconds(warm));
            assertTrue(pages > 10);
        }
        assertTrue(Files.size(pdf) <= MAX_BYTES, "PDF is " + Files.size(pdf) + " bytes");
        List<String> strays = TypeArea.of(DemoEditions.REPO.resolve("templates").resolve(PdfRenderer.STYLESHEET))
                .strays(pdf);
        assertTrue(strays.isEmpty(), () -> strays.size() + " words outside the text block:\n"
                + String.join("\n", strays.subList(0, Math.min(50, strays.size()))));
    }
}
