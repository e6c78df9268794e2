package org.compendium.core.publish;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.UUID;
import org.compendium.core.output.FileTrees;
import org.compendium.core.output.OutputFiles;

/**
 * Publishes an output folder atomically: everything is written into a staging folder beside it
 * ({@code .NAME.staging-*}) and swapped in only when the writer succeeded. A failed or killed build
 * leaves the previous folder as it was; the next build removes its leftovers (and restores the
 * previous folder if a kill fell between the two renames of the swap).
 *
 * <p>The folder a swap replaces is kept beside the output as {@code .NAME.spare} and becomes the next
 * build's staging folder: {@link OutputFiles} then writes only the files whose bytes changed and removes
 * the rest, instead of creating every folder and file anew and deleting the whole previous output.
 */
public final class AtomicPublisher {
    private final Mover mover;

    /** Renames a file or folder; the tests give one that fails, as a full or read-only disk does. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to) throws IOException;
    }

    public AtomicPublisher() {
        this(AtomicPublisher::move);
    }

    AtomicPublisher(Mover mover) {
        this.mover = mover;
    }

    /** Writes into the staging folder. */
    @FunctionalInterface
    public interface Writer {
        /** @return true to publish, false to discard the staging folder */
        boolean write(OutputFiles staging) throws IOException;
    }

    /** As {@link #publish(Path, boolean, Writer)}, refusing a folder that holds files no build wrote. */
    public boolean publish(Path outputDir, Writer writer) throws IOException {
        return publish(outputDir, false, writer);
    }

    /**
     * Writes and publishes while holding the output's {@link OutputLock}: a second build into the same folder
     * is refused before it touches anything, and the recovery of killed builds never meets a live build's
     * staging folder.
     *
     * @param force replace the output whatever it holds; else a folder holding files that are not the last
     *              build's ({@link OutputManifest}) is refused
     * @return true when the output folder was replaced
     * @throws PublishRefusedException when another build holds the folder or it holds files of the user's
     */
    public boolean publish(Path outputDir, boolean force, Writer writer) throws IOException {
        Path output = outputDir.toAbsolutePath().normalize();
        Path parent = output.getParent();
        if (parent == null) {
            throw new PublishRefusedException(output, "output folder is the file system's root [" + output
                    + "]; expected a folder of its own");
        }
        Files.createDirectories(parent);
        try (OutputLock lock = OutputLock.acquire(output)) {
            recover(output);
            OutputManifest.checkOwned(output, force);
            return publishLocked(output, parent, writer);
        }
    }

    private boolean publishLocked(Path output, Path parent, Writer writer) throws IOException {
        String name = output.getFileName().toString();
        String token = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path staging = parent.resolve("." + name + ".staging-" + token);
        Path spare = spare(output);
        claim(spare, staging);
        boolean published = false;
        try {
            OutputFiles files = new OutputFiles(staging);
            if (!writer.write(files)) {
                return false;
            }
            OutputManifest.write(files);
            files.removeOthers();
            swap(staging, output, parent.resolve("." + name + ".old-" + token));
            published = true;
            return true;
        } finally {
            if (!published) {
                // The writer failed or refused, or the manifest or the swap failed: nothing is left behind.
                discard(staging, spare);
            }
        }
    }

    private static Path spare(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".spare");
    }

    /**
     * Makes the staging folder: the spare when there is one (another build may take it first), else empty.
     * A spare that is not a real folder (a symbolic link, say) is never written through: it is removed.
     */
    private static void claim(Path spare, Path staging) throws IOException {
        try {
            Files.move(spare, staging, StandardCopyOption.ATOMIC_MOVE);
            if (Files.isDirectory(staging, LinkOption.NOFOLLOW_LINKS)) {
                return;
            }
            Files.delete(staging);
        } catch (NoSuchFileException | AtomicMoveNotSupportedException e) {
            // No spare: start from an empty folder.
        }
        Files.createDirectory(staging);
    }

    /** Keeps a failed build's staging folder as the spare, or deletes it; never hides the build's own failure. */
    private static void discard(Path staging, Path spare) {
        try {
            keepOrDelete(staging, spare);
        } catch (IOException e) {
            // What cannot be deleted now the next build's recovery removes.
        }
    }

    /**
     * Renames the output aside and the staging folder into its place. When the second rename fails, the
     * output is renamed back at once; should that fail too, the output stays aside as {@code .NAME.old-*},
     * which the next build's {@link #recover} renames back before anything else.
     *
     * @throws SwapFailedException saying which rename failed and where the previous output is
     */
    private void swap(Path staging, Path output, Path old) throws IOException {
        boolean hadOutput = Files.exists(output);
        if (hadOutput) {
            try {
                mover.move(output, old);
            } catch (IOException e) {
                throw new SwapFailedException(output, "cannot rename the output folder aside to replace it [" + reason(e)
                        + "]; the previous output is kept unchanged; expected a folder the build may rename (not in use,"
                        + " not read-only)", e);
            }
        }
        try {
            mover.move(staging, output);
        } catch (IOException e) {
            if (!hadOutput) {
                throw new SwapFailedException(output, "cannot rename the new output into place [" + reason(e)
                        + "]; nothing was published; expected a folder the build may create", e);
            }
            try {
                mover.move(old, output);
            } catch (IOException back) {
                e.addSuppressed(back);
                throw new SwapFailedException(output, "cannot rename the new output into place [" + reason(e)
                        + "] nor the previous output back [" + reason(back) + "]; the previous output is kept as "
                        + old + ", which the next build renames back; expected a folder the build may rename", e);
            }
            throw new SwapFailedException(output, "cannot rename the new output into place [" + reason(e)
                    + "]; the previous output was renamed back and is kept unchanged; expected a folder the build may"
                    + " rename (not in use, not read-only)", e);
        }
        if (hadOutput) {
            keepOrDelete(old, spare(output));
        }
    }

    private static String reason(IOException e) {
        return e instanceof java.nio.file.FileSystemException f && f.getReason() != null
                ? f.getFile() + ": " + f.getReason() : String.valueOf(e.getMessage());
    }

    /** Makes {@code folder} the spare unless there is one already (a concurrent build's), else deletes it. */
    private static void keepOrDelete(Path folder, Path spare) throws IOException {
        if (Files.exists(spare, LinkOption.NOFOLLOW_LINKS)) {
            FileTrees.deleteTree(folder);
            return;
        }
        try {
            Files.move(folder, spare, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            FileTrees.deleteTree(folder);
        }
    }

    /** Cleans up after builds that were killed: staging leftovers go; a lone old folder is restored. */
    static void recover(Path output) throws IOException {
        String name = output.getFileName().toString();
        Path restore = null;
        try (DirectoryStream<Path> siblings = Files.newDirectoryStream(output.getParent(), "." + name + ".*")) {
            for (Path sibling : siblings) {
                String file = sibling.getFileName().toString();
                if (file.startsWith("." + name + ".staging-")) {
                    keepOrDelete(sibling, spare(output));
                } else if (file.startsWith("." + name + ".old-")) {
                    if (restore == null && !Files.exists(output)) {
                        restore = sibling;
                    } else {
                        FileTrees.deleteTree(sibling);
                    }
                }
            }
        }
        if (restore != null) {
            move(restore, output);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }
}
