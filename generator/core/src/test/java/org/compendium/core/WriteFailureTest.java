package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.render.OutputRenderer;
import org.compendium.core.testing.ContentFolder;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A disk that fills up while the site is written (issue 16, item 8) is reported as what it is, with what
 * could not be written and that the previous output stays, never as an "internal error … please report".
 */
class WriteFailureTest {
    @TempDir
    Path tmp;

    /** Writes as the site renderer does, on parallel threads, and fails as a full disk fails. */
    private static final OutputRenderer FULL_DISK = (compendium, request, output, diagnostics) ->
            List.of(1, 2, 3, 4).parallelStream().forEach(i -> {
                throw new UncheckedIOException(new IOException("No space left on device"));
            });

    private static final OutputRenderer FULL_DISK_CHECKED = (compendium, request, output, diagnostics) -> {
        throw new java.nio.file.FileSystemException("/out/.site-output.staging/index.html", null,
                "No space left on device");
    };

    @Test
    void theFileThatCouldNotBeWrittenIsNamedAsTheOutputFileItWasToBecome() {
        ContentFolder content = ContentFolder.create(tmp);
        assertTrue(new CompendiumBuilder().build(content.request().build()).published());
        Map<String, String> before = TreeDigest.of(tmp.resolve("site-output"));
        OutputRenderer full = (compendium, request, output, diagnostics) -> {
            throw new java.nio.file.FileSystemException(output.root().resolve("policies/a/index.html").toString(), null,
                    "No space left on device");
        };
        BuildResult result = new CompendiumBuilder(Map.of(OutputFormat.HTML, full), Map.of()).build(content.request().build());
        List<String> printed = content.printed(result).stream().filter(l -> l.contains("error")).toList();
        assertEquals(List.of("site-output: error: cannot write the output folder [" + tmp.resolve("site-output")
                .resolve("policies/a/index.html") + ": No space left on device]; the previous output is kept unchanged;"
                + " expected a writable output folder on a disk with free space"), printed);
        assertEquals(before, TreeDigest.of(tmp.resolve("site-output")));
    }

    @Test
    void aFullDiskSaysWhatFailedAndKeepsThePreviousOutput() {
        ContentFolder content = ContentFolder.create(tmp);
        assertTrue(new CompendiumBuilder().build(content.request().build()).published());
        Map<String, String> before = TreeDigest.of(tmp.resolve("site-output"));
        for (OutputRenderer renderer : List.of(FULL_DISK, FULL_DISK_CHECKED)) {
            BuildResult result = new CompendiumBuilder(Map.of(OutputFormat.HTML, renderer), Map.of())
                    .build(content.request().build());
            assertFalse(result.published());
            List<String> printed = content.printed(result).stream().filter(l -> l.contains("error")).toList();
            assertEquals(1, printed.size(), printed.toString());
            String line = printed.get(0);
            assertFalse(line.contains(CompendiumBuilder.INTERNAL_ERROR), line);
            assertTrue(line.startsWith("site-output: error: cannot write the output folder ["), line);
            assertTrue(line.contains("No space left on device"), line);
            assertTrue(line.contains("the previous output is kept unchanged"), line);
            assertEquals(before, TreeDigest.of(tmp.resolve("site-output")));
        }
    }
}
