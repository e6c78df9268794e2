package org.compendium.core.load;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.compendium.core.kernel.Diagnostics;

/**
 * Fuzzes the front-matter parser and the policy metadata checks: any input must give a result or
 * diagnostics, never an exception. Regression inputs: {@code FrontMatterFuzzTestInputs/frontMatter/}.
 */
class FrontMatterFuzzTest {
    private final FrontMatterParser parser = new FrontMatterParser();
    private final MetadataReader metadata = new MetadataReader();

    @FuzzTest(maxDuration = "30s")
    void frontMatter(byte[] input) {
        Diagnostics diagnostics = new Diagnostics();
        SourceReader.decode(input, "policies/fuzz.md", diagnostics)
                .map(text -> SourceFile.of("policies/fuzz.md", SourceReader.normalise(text)))
                .flatMap(file -> parser.parse(file, diagnostics))
                .ifPresent(fm -> metadata.policy(fm, diagnostics));
        diagnostics.sorted();
    }
}
