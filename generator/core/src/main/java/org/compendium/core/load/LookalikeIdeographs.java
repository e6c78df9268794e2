package org.compendium.core.load;

import java.text.Normalizer;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostics;

/**
 * Characters that look like a Chinese character but are not it, as text copied out of a PDF often holds: the
 * Kangxi radicals and the CJK radicals supplement (⽅ U+2F45 for 方 U+65B9, ⼯ U+2F2F for 工) and the CJK
 * compatibility ideographs (社 U+FA4C for 社 U+793E). A search for 方案 does not find ⽅案, a citation of a
 * title holding one does not match the title, and a step that normalises text (NFC, as browsers, search engines
 * and many editors apply) silently turns a compatibility ideograph into its unified one. Each is a warning at its
 * file:line:col naming the character to write instead; the build goes on, as the text may be meant so (a
 * compatibility ideograph for a particular glyph, which an ideographic variation sequence now writes).
 */
final class LookalikeIdeographs {
    /** At most this many are reported per file; a whole text copied from a PDF would otherwise flood the report. */
    private static final int MAX_REPORTED = 10;

    private LookalikeIdeographs() {
    }

    /** Reports the lookalikes of a whole file. */
    static void report(SourceFile file, Diagnostics diagnostics) {
        String text = file.text();
        int reported = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(c >= 0x2E80 && c <= 0x2FDF || c >= 0xF900 && c <= 0xFAFF || Character.isHighSurrogate(c))) {
                continue; // the fast path: nearly every character
            }
            int codePoint = text.codePointAt(i);
            Optional<String> message = message(codePoint);
            if (message.isPresent()) {
                if (reported++ == MAX_REPORTED) {
                    diagnostics.warning(file.position(i), "more lookalike characters follow; expected the ideographs"
                            + " they look like");
                    return;
                }
                diagnostics.warning(file.position(i), message.get());
            }
        }
    }

    /** The warning for {@code codePoint}, if it is a radical or a compatibility ideograph. */
    static Optional<String> message(int codePoint) {
        String character = Character.toString(codePoint);
        String name = String.format("[U+%04X %s %s]", codePoint, Character.getName(codePoint), character);
        if (codePoint >= 0x2E80 && codePoint <= 0x2FDF) {
            String ideograph = Normalizer.normalize(character, Normalizer.Form.NFKC);
            String instead = ideograph.codePointCount(0, ideograph.length()) == 1 && !ideograph.equals(character)
                    ? "the ideograph " + describe(ideograph) : "the ideograph it stands for";
            return Optional.of("radical that looks like a Chinese character " + name + " in the text; expected "
                    + instead + " (text copied from a PDF often holds radicals: a search for the word does not find"
                    + " it)");
        }
        boolean compatibility = codePoint >= 0xF900 && codePoint <= 0xFAFF || codePoint >= 0x2F800 && codePoint <= 0x2FA1F;
        if (compatibility) {
            String unified = Normalizer.normalize(character, Normalizer.Form.NFC);
            if (!unified.equals(character)) {
                return Optional.of("compatibility ideograph " + name + " in the text; expected the unified ideograph "
                        + describe(unified) + " (a search for the word does not find it, and normalising the text"
                        + " turns it into that one; for a particular glyph write the ideograph with its variation"
                        + " selector)");
            }
        }
        return Optional.empty();
    }

    private static String describe(String character) {
        return character + " [U+" + String.format("%04X", character.codePointAt(0)) + "]";
    }
}
