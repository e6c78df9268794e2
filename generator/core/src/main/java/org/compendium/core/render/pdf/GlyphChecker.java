package org.compendium.core.render.pdf;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Document;
import org.compendium.core.model.TextSegment;
import org.compendium.core.model.TextSegment.LineStart;
import org.openpdf.text.pdf.BaseFont;

/**
 * Warns about characters the body font cannot show (they would print as nothing): one warning per
 * character and content file, at the first place that has it (the title's, else the body's), from the
 * positions the model carries.
 */
final class GlyphChecker {
    private final BaseFont font;
    private final String fontName;
    private final Map<Integer, Boolean> known = new HashMap<>();

    GlyphChecker(BaseFont font, String fontName) {
        this.font = font;
        this.fontName = fontName;
    }

    void check(Document document, Diagnostics diagnostics) {
        Set<Integer> missing = new LinkedHashSet<>();
        String text = document.title() + "\n" + document.body().text();
        text.codePoints().filter(cp -> !Character.isWhitespace(cp) && !Character.isISOControl(cp))
                .filter(cp -> !known.computeIfAbsent(cp, font::charExists)).forEach(missing::add);
        for (int cp : missing) {
            String character = new String(Character.toChars(cp));
            LineStart at = where(document, character);
            diagnostics.warning(document.path(), at.line(), at.column(),
                    String.format(Locale.ROOT, "the body font %s has no glyph for U+%04X [%s]; it prints as a gap;"
                            + " expected a character the font covers, or a font with it in --font-dir", fontName, cp, character));
        }
    }

    /** The title's place if it has {@code character} (front matter comes first), else the body's first. */
    private static LineStart where(Document document, String character) {
        LineStart title = document.body().titleAt();
        int inTitle = document.title().indexOf(character);
        if (title.line() > 0 && inTitle >= 0) {
            return new LineStart(title.line(), title.column() + document.title().codePointCount(0, inTitle));
        }
        for (TextSegment segment : document.body().segments()) {
            String[] lines = segment.text().split("\n", -1);
            for (int i = 0; i < lines.length && i < segment.lines().size(); i++) {
                int index = lines[i].indexOf(character);
                if (index >= 0) {
                    LineStart start = segment.lines().get(i);
                    return new LineStart(start.line(),
                            start.column() > 0 ? start.column() + lines[i].codePointCount(0, index) : 0);
                }
            }
        }
        return new LineStart(0, 0);
    }
}
