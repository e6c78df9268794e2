package org.compendium.core;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.output.FileTrees;
import org.compendium.core.output.OutputFiles;
import org.compendium.core.render.html.SiteRenderer;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Fuzzes the whole load → parse → resolve → render pipeline: the input becomes a policy file (with valid
 * front matter put in front unless it starts with {@code ---}) in a copy of the base fixture, which is
 * compiled and rendered as a site. Diagnostics are fine; an exception is a finding.
 * Regression inputs: {@code PipelineFuzzTestInputs/pipeline/}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineFuzzTest {
    private static final String FRONT = "---\nid: fuzz\ntitle: 模糊测试\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n";
    private final Path work;
    private final ContentFolder content;

    PipelineFuzzTest() throws IOException {
        work = Files.createTempDirectory("pipeline-fuzz");
        content = ContentFolder.create(work);
        content.write("interpretations/jd-fuzz.md", "---\nid: jd-fuzz\ntitle: 解读\ninterprets: fuzz\nform: 问答\n"
                + "issued: 2023-06-01\n---\n\n见[第一条](../policies/2023/fuzz.md#art-1)。\n");
    }

    @FuzzTest(maxDuration = "60s")
    void pipeline(byte[] input) throws IOException {
        try {
            Files.write(content.root().resolve("policies/2023/fuzz.md"), withFrontMatter(input));
            BuildRequest request = content.request().build();
            Diagnostics diagnostics = new Diagnostics();
            Optional<Compendium> compendium = new ContentCompiler().compile(request.contentDir(), Optional.empty(),
                    Instant.parse("2024-07-01T00:00:00Z"), diagnostics, new StageTimer());
            if (compendium.isPresent()) {
                Path out = Files.createDirectories(work.resolve("out"));
                new SiteRenderer().render(compendium.get(), request, new OutputFiles(out), diagnostics);
            }
        } finally {
            FileTrees.deleteTree(work.resolve("out"));
        }
    }

    private static byte[] withFrontMatter(byte[] input) {
        if (input.length >= 3 && input[0] == '-' && input[1] == '-' && input[2] == '-') {
            return input;
        }
        byte[] front = FRONT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] all = java.util.Arrays.copyOf(front, front.length + input.length);
        System.arraycopy(input, 0, all, front.length, input.length);
        return all;
    }

    @AfterAll
    void deleteWorkFolder() throws IOException {
        FileTrees.deleteTree(work);
    }
}
