package org.compendium.core.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Document;
import org.openpdf.text.pdf.BaseFont;

/**
 * Warns about characters the body font cannot show (they would print as nothing): one warning per
 * character and content file, naming the code point and the first source line that has it.
 */
final class GlyphChecker {
    private final BaseFont font;
    private final String fontName;
    private final Map<Integer, Boolean> known = new HashMap<>();

    GlyphChecker(BaseFont font, String fontName) {
        this.font = font;
        this.fontName = fontName;
    }

    void check(Document document, Path contentRoot, Diagnostics diagnostics) {
        Set<Integer> missing = new LinkedHashSet<>();
        String text = document.title() + "\n" + document.body().text();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> !known.computeIfAbsent(cp, font::charExists)).forEach(missing::add);
        if (missing.isEmpty()) {
            return;
        }
        List<String> lines = sourceLines(contentRoot.resolve(document.path()));
        for (int cp : missing) {
            String character = new String(Character.toChars(cp));
            int line = lineOf(lines, character);
            diagnostics.warning(document.path(), line, line > 0 ? column(lines.get(line - 1), character) : 0,
                    String.format(Locale.ROOT, "the body font %s has no glyph for U+%04X [%s]; it prints as a gap;"
                            + " expected a character the font covers, or a font with it in --font-dir", fontName, cp, character));
        }
    }

    private static List<String> sourceLines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static int lineOf(List<String> lines, String character) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(character)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static int column(String line, String character) {
        return line.codePointCount(0, line.indexOf(character)) + 1;
    }
}
