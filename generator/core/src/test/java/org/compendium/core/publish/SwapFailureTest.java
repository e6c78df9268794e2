package org.compendium.core.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.compendium.core.testing.TreeDigest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The swap at the end of a build can fail (a folder in use on Windows, a read-only or full disk): the staging
 * folder must not stay behind, and the previous output must be where it was, or where the next build finds it
 * (issue 16). Each rename of the swap is made to fail in turn.
 */
class SwapFailureTest {
    @TempDir
    Path tmp;
    private Path output;
    private Map<String, String> before;

    @BeforeEach
    void publishPreviousOutput() throws IOException {
        output = tmp.resolve("site");
        assertTrue(new AtomicPublisher().publish(output, files -> write(files, "旧版")));
        before = TreeDigest.of(output);
    }

    private static boolean write(org.compendium.core.output.OutputFiles files, String text) throws IOException {
        files.write(files.root().resolve("index.html"), text);
        files.write(files.root().resolve("policies/a/index.html"), text + "·a");
        return true;
    }

    /** A mover whose {@code failing}th call (from 1) fails as a busy folder does; the others rename. */
    private static AtomicPublisher.Mover failingAt(int... failing) {
        int[] call = {0};
        return (from, to) -> {
            call[0]++;
            for (int f : failing) {
                if (call[0] == f) {
                    throw new FileSystemException(from.toString(), to.toString(), "Device or resource busy");
                }
            }
            Files.move(from, to, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        };
    }

    private List<String> leftovers() throws IOException {
        try (Stream<Path> files = Files.list(tmp)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(f -> f.contains(".staging-") || f.contains(".old-")).sorted().toList();
        }
    }

    @Test
    void theNewOutputCannotBeRenamedIntoPlaceThePreviousIsRenamedBack() throws IOException {
        SwapFailedException e = assertThrows(SwapFailedException.class,
                () -> new AtomicPublisher(failingAt(2)).publish(output, files -> write(files, "新版")));
        assertTrue(e.getMessage().startsWith("cannot rename the new output into place ["), e.getMessage());
        assertTrue(e.getMessage().contains("Device or resource busy]; the previous output was renamed back and is kept"
                + " unchanged; expected a folder the build may rename"), e.getMessage());
        assertEquals(before, TreeDigest.of(output));
        assertEquals(List.of(), leftovers(), "the staging folder and the renamed output are gone");
        assertTrue(new AtomicPublisher().publish(output, files -> write(files, "新版")), "the next build publishes");
        assertEquals("新版", Files.readString(output.resolve("index.html")));
    }

    @Test
    void theOutputCannotBeRenamedAsideNothingChanges() throws IOException {
        SwapFailedException e = assertThrows(SwapFailedException.class,
                () -> new AtomicPublisher(failingAt(1)).publish(output, files -> write(files, "新版")));
        assertTrue(e.getMessage().startsWith("cannot rename the output folder aside to replace it ["), e.getMessage());
        assertTrue(e.getMessage().contains("the previous output is kept unchanged"), e.getMessage());
        assertEquals(before, TreeDigest.of(output));
        assertEquals(List.of(), leftovers());
    }

    @Test
    void neitherRenameWorksTheNextBuildRenamesThePreviousOutputBack() throws IOException {
        SwapFailedException e = assertThrows(SwapFailedException.class,
                () -> new AtomicPublisher(failingAt(2, 3)).publish(output, files -> write(files, "新版")));
        List<String> left = leftovers();
        assertEquals(1, left.size(), left.toString());
        assertTrue(left.get(0).startsWith(".site.old-"), left.toString());
        assertTrue(e.getMessage().contains("nor the previous output back [") && e.getMessage().contains(
                "the previous output is kept as " + tmp.resolve(left.get(0)) + ", which the next build renames back"),
                e.getMessage());
        assertFalse(Files.exists(output));
        assertEquals(before, TreeDigest.of(tmp.resolve(left.get(0))), "the previous output, whole, aside");

        AtomicPublisher.recover(output);
        assertEquals(before, TreeDigest.of(output), "recovered before the next build writes anything");
        assertEquals(List.of(), leftovers());
    }

    @Test
    void aFirstBuildWhoseFolderCannotBeCreatedLeavesNothing() throws IOException {
        Path fresh = tmp.resolve("fresh");
        SwapFailedException e = assertThrows(SwapFailedException.class,
                () -> new AtomicPublisher(failingAt(1)).publish(fresh, files -> write(files, "新版")));
        assertTrue(e.getMessage().contains("]; nothing was published"), e.getMessage());
        assertFalse(Files.exists(fresh));
        assertEquals(List.of(), leftovers());
    }
}
