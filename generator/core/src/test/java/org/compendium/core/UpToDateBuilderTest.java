package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A build with nothing changed stops at once; any change of what it reads or wrote builds again. */
class UpToDateBuilderTest {
    @TempDir
    Path dir;
    private ContentFolder content;
    private BuildRequest request;
    private List<String> firstReported;
    private final UpToDateBuilder builder = new UpToDateBuilder(new CompendiumBuilder(), Map.of());

    @BeforeEach
    void build() {
        content = ContentFolder.create(dir);
        request = content.request().build();
        UpToDateBuilder.Outcome first = run(false);
        assertFalse(first.upToDate());
        assertTrue(first.result().orElseThrow().published());
        firstReported = first.result().orElseThrow().diagnostics().stream().map(Diagnostic::toString).toList();
    }

    private UpToDateBuilder.Outcome run(boolean rebuild) {
        return builder.build(request, rebuild, Diagnostic::toString, line -> { });
    }

    @Test
    void nothingChangedIsUpToDate() {
        UpToDateBuilder.Outcome again = run(false);
        assertTrue(again.upToDate());
        // at most the note that a content folder outside git shows no history, as the first build said
        assertTrue(firstReported.stream().allMatch(line -> line.contains(": info: ")), firstReported::toString);
        assertEquals(firstReported, again.oldWarnings());
    }

    @Test
    void rebuildForcesABuild() {
        assertFalse(run(true).upToDate());
        assertTrue(run(false).upToDate(), "and leaves a stamp for the next build");
    }

    @Test
    void anEditedContentFileBuildsAgain() throws IOException {
        Path policy;
        try (var files = Files.walk(content.root().resolve("policies"))) {
            policy = files.filter(f -> f.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        }
        Files.writeString(policy, Files.readString(policy) + "\n增加的一段文字。\n");
        UpToDateBuilder.Outcome edited = run(false);
        assertFalse(edited.upToDate());
        String page = Files.readString(request.outputDir().resolve("policies")
                .resolve(policy.getFileName().toString().replace(".md", "")).resolve("index.html"));
        assertTrue(page.contains("增加的一段文字。"), "the edit is on the page");
        assertTrue(run(false).upToDate());
    }

    @Test
    void aTouchedAddedOrRemovedFileBuildsAgain() throws IOException {
        Path config = content.root().resolve("compendium.yaml");
        Files.setLastModifiedTime(config, FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        assertFalse(run(false).upToDate(), "touched");
        content.write("policies/2024/new.md", ContentFolder.samplePolicy("new-one", "新增的办法", 3));
        assertFalse(run(false).upToDate(), "added");
        Files.delete(content.root().resolve("policies/2024/new.md"));
        assertFalse(run(false).upToDate(), "removed");
        assertTrue(run(false).upToDate());
    }

    @Test
    void aChangedOrDeletedOutputBuildsAgain() throws IOException {
        Path index = request.outputDir().resolve("index.html");
        Files.writeString(index, "changed by hand");
        assertFalse(run(false).upToDate(), "changed output");
        assertTrue(Files.readString(index).contains("<html"), "rebuilt");
        AtomicDelete.tree(request.outputDir());
        assertFalse(run(false).upToDate(), "deleted output");
        assertTrue(Files.exists(index));
    }

    @Test
    void otherOptionsBuildAgain() {
        request = content.request().formats(java.util.EnumSet.of(OutputFormat.HTML, OutputFormat.EPUB)).build();
        assertFalse(run(false).upToDate());
        request = content.request().asOf(java.time.LocalDate.parse("2030-01-01")).build();
        assertFalse(run(false).upToDate());
    }

    @Test
    void theLastBuildsWarningsAreReportedAgain() throws IOException {
        content.write("policies/2024/html.md", "---\nid: html-note\ntitle: 含HTML的办法\nissuer: 示例市科学技术局\n"
                + "issued: 2024-05-01\n---\n\n<a href=\"javascript:alert(1)\">链接</a>\n");
        UpToDateBuilder.Outcome built = run(false);
        List<String> warnings = new ArrayList<>(built.result().orElseThrow().diagnostics().stream()
                .map(Diagnostic::toString).toList());
        assertFalse(warnings.isEmpty());
        UpToDateBuilder.Outcome again = run(false);
        assertTrue(again.upToDate());
        assertEquals(warnings, again.oldWarnings());
    }

    @Test
    void aFailedBuildLeavesNoStampSoTheNextBuildRuns() throws IOException {
        Path bad = content.root().resolve("policies/2024/bad.md");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "---\nid: bad\n---\n");
        assertFalse(run(false).result().orElseThrow().success());
        Files.delete(bad);
        assertFalse(run(false).upToDate(), "the output is up to date again, but no stamp says so");
        assertTrue(run(false).upToDate());
    }

    /** Deletes a folder tree. */
    private static final class AtomicDelete {
        static void tree(Path root) throws IOException {
            org.compendium.core.output.FileTrees.deleteTree(root);
        }
    }
}
