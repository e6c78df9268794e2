package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden tests: each folder under {@code fixtures/diagnostics/} is a broken content case laid over the
 * valid base compendium; its {@code expected.txt} holds the exact lines the build prints. Run with
 * {@code -Dgolden.update=true} to rewrite the expected files (then review the diff).
 */
class DiagnosticsGoldenTest {
    private static final Path CASES = ContentFolder.RESOURCES.resolve("fixtures/diagnostics");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void printsExactlyTheExpectedDiagnostics(String name, @TempDir Path tmp) throws IOException {
        Path caseDir = CASES.resolve(name);
        Path overlay = tmp.resolve("overlay");
        ContentFolder.copyTree(caseDir, overlay);
        Files.deleteIfExists(overlay.resolve("expected.txt"));
        ContentFolder content = ContentFolder.create(tmp, overlay);
        BuildResult result = content.check();
        List<String> lines = Stream.concat(content.printed(result).stream(), Stream.of(result.summary())).toList();
        Path expected = caseDir.resolve("expected.txt");
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(expected, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8).strip(), String.join("\n", lines));
        assertEquals(lines.stream().anyMatch(l -> l.contains(": error: ")), !result.success(),
                "the build fails exactly when there is an error");
        assertFalse(result.published(), "a check writes nothing");
    }
}
