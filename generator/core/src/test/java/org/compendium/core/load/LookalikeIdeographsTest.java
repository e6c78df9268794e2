package org.compendium.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text copied out of a PDF holds Kangxi radicals and compatibility ideographs that look like the Chinese
 * characters they stand for (⽅案 for 方案): a search or a citation does not find them. Each is a warning at its
 * file:line:col naming the character to write; the build goes on.
 */
class LookalikeIdeographsTest {
    private static final String FRONT = "---\nid: look\ntitle: 科技创新券管理办法\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n";
    private static final String SEARCH = " (text copied from a PDF often holds radicals: a search for the word does not"
            + " find it)";
    @TempDir
    Path tmp;

    @Test
    void radicalsAndCompatibilityIdeographsAreWarningsAtTheirPositions() {
        String body = "第一条 本⽅案适用于⼯业企业。\n\n"   // line 8: KANGXI RADICAL SQUARE, KANGXI RADICAL WORK
                + "第二条 由市\uFA4C会保障部门负责，\uD87E\uDC00字保留。\n";  // line 10: U+FA4C, U+2F800
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/look.md", FRONT + body);
        BuildResult result = content.check();
        List<String> printed = content.printed(result).stream().filter(s -> !s.startsWith("compendium:")).toList();
        assertEquals(List.of(
                "content/policies/2023/look.md:8:6: warning: radical that looks like a Chinese character [U+2F45 KANGXI"
                        + " RADICAL SQUARE ⽅] in the text; expected the ideograph 方 [U+65B9]" + SEARCH,
                "content/policies/2023/look.md:8:11: warning: radical that looks like a Chinese character [U+2F2F KANGXI"
                        + " RADICAL WORK ⼯] in the text; expected the ideograph 工 [U+5DE5]" + SEARCH,
                "content/policies/2023/look.md:10:7: warning: compatibility ideograph [U+FA4C CJK COMPATIBILITY"
                        + " IDEOGRAPH-FA4C \uFA4C] in the text; expected the unified ideograph 社 [U+793E] (a search for the"
                        + " word does not find it, and normalising the text turns it into that one; for a particular"
                        + " glyph write the ideograph with its variation selector)",
                "content/policies/2023/look.md:10:16: warning: compatibility ideograph [U+2F800 CJK COMPATIBILITY"
                        + " IDEOGRAPH-2F800 \uD87E\uDC00] in the text; expected the unified ideograph 丽 [U+4E3D] (a search"
                        + " for the word does not find it, and normalising the text turns it into that one; for a"
                        + " particular glyph write the ideograph with its variation selector)"), printed);
        assertTrue(result.diagnostics().stream().noneMatch(d -> d.isError()), "warnings only");
    }

    @Test
    void theIdeographsThemselvesAndUnifiedCompatibilityBlockCharactersPassQuietly() {
        // U+FA0E 﨎 is a unified ideograph that lives in the compatibility block: it has no other form.
        String body = "第一条 本方案适用于工业企业，由市社会保障部门负责，﨎字照录。\n";
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/look.md", FRONT + body);
        assertEquals(List.of(), content.printed(content.check()).stream().filter(s -> !s.startsWith("compendium:"))
                .toList());
    }
}
