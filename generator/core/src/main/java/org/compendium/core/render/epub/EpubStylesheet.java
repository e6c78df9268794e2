package org.compendium.core.render.epub;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;

/** The book's stylesheet, {@code epub/epub.css} of the templates folder (Chinese typography). */
final class EpubStylesheet {
    static final String PATH = "epub/" + EditionBook.STYLESHEET;

    /** The stylesheet's text; a missing or unreadable file is a diagnostic error and gives empty. */
    Optional<String> load(Path templatesDir, Diagnostics diagnostics) {
        Path file = templatesDir.resolve(PATH);
        if (!Files.isRegularFile(file)) {
            diagnostics.error(file.toString(), 0, 0, "EPUB stylesheet not found; expected the file "
                    + PATH + " in the templates folder [" + templatesDir + "]");
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            diagnostics.error(file.toString(), 0, 0, "cannot read the EPUB stylesheet: " + e.getMessage());
            return Optional.empty();
        }
    }
}
