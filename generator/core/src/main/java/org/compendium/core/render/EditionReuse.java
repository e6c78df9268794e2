package org.compendium.core.render;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.internal.CodeIdentity;
import org.compendium.core.output.OutputFiles;

/**
 * Keeps the book of an edition (a PDF or EPUB file) from the previous build when what it is made from did
 * not change, so that an edit typesets only the editions it touches. What a book is made from is summed up
 * in a key computed by its renderer (the book's XHTML or entries, the build time, fonts, style sheet and the
 * generator's code): each book written gets a note beside it, {@code downloads/.compendium-2024.pdf.inputs},
 * holding its key and the SHA-256 of its bytes. A later build with the same key copies the previous output's
 * file, after checking its bytes against the note, instead of making it again: the same bytes a full build
 * writes, as the renderers are deterministic.
 */
public final class EditionReuse {
    private static final String MAGIC = "compendium-book-inputs 1";
    private final Path previousOutput;
    private final OutputFiles output;

    /**
     * @param previousOutput the published output of the last build (the build's request output folder)
     * @param output         the staging folder being written
     */
    public EditionReuse(Path previousOutput, OutputFiles output) {
        this.previousOutput = previousOutput.toAbsolutePath().normalize();
        this.output = output;
    }

    /**
     * Copies the previous build's {@code file} (a path under the staging root) when its note has {@code key}
     * and its bytes are those the note names.
     *
     * @return whether the book was reused (otherwise the caller makes it and calls {@link #record})
     */
    public boolean reuse(Path file, String key) throws IOException {
        Path relative = output.root().relativize(file.toAbsolutePath().normalize());
        Path previous = previousOutput.resolve(relative);
        Path note = note(previous);
        if (!Files.isRegularFile(previous, LinkOption.NOFOLLOW_LINKS) || !Files.isRegularFile(note, LinkOption.NOFOLLOW_LINKS)) {
            return false;
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(note, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return false;
        }
        if (lines.size() != 3 || !lines.get(0).equals(MAGIC) || !lines.get(1).equals(key)) {
            return false;
        }
        byte[] bytes = Files.readAllBytes(previous);
        if (!CodeIdentity.sha256(bytes).equals(lines.get(2))) {
            return false;
        }
        output.write(file, bytes);
        output.write(note(file), text(key, lines.get(2)));
        output.markReused(file);
        return true;
    }

    /** Writes the note of a book just made into {@code file}. */
    public void record(Path file, String key) throws IOException {
        output.write(note(file), text(key, CodeIdentity.sha256(Files.readAllBytes(file))));
    }

    /** The note beside {@code book}: a hidden file of the same folder. */
    public static Path note(Path book) {
        return book.resolveSibling("." + book.getFileName() + ".inputs");
    }

    private static String text(String key, String sha) {
        return MAGIC + "\n" + key + "\n" + sha + "\n";
    }
}
