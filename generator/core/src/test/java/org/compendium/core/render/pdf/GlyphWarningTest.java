package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlyphWarningTest {
    @TempDir
    Path temp;

    @Test
    void aCharacterTheBodyFontLacksIsAWarningNamingCodePointFileAndLine() throws Exception {
        ContentFolder content = ContentFolder.create(temp);
        Path policy;
        try (var files = Files.walk(content.root().resolve("policies"))) {
            policy = files.filter(f -> f.toString().endsWith(".md")).findFirst().orElseThrow();
        }
        String source = Files.readString(policy).replaceFirst("\ntitle: ", "\ntitle: \uD83D\uDCE7");
        Files.writeString(policy, source + "\n附：联系方式见网站 \uD83D\uDCDE。\n\n另见**网站** \uD83D\uDCE0。\n");
        long titleLine = source.substring(0, source.indexOf("\uD83D\uDCE7")).lines().count();
        long appendedLine = (source + "\n").lines().count() + 1;
        content.write("summaries/2023.md", "---\nyear: 2023\ntitle: 2023年度综述\n---\n\n# 2023年度综述\n\n本年度。\n");
        BuildResult result = new CompendiumBuilder().build(DemoEditions.request(content.root(), temp.resolve("out")));
        List<String> printed = content.printed(result);
        String name = policy.getFileName().toString();
        // Line and column from the positions the body carries, the title's from its front-matter value; a line
        // with markup before the character has no column the text could give (the file is not read again).
        assertTrue(printed.stream().anyMatch(l -> l.contains("U+1F4DE")
                && l.contains(name + ":" + appendedLine + ":11: warning")), printed.toString());
        assertTrue(printed.stream().anyMatch(l -> l.contains("U+1F4E0")
                && l.contains(name + ":" + (appendedLine + 2) + ": warning")), printed.toString());
        assertTrue(printed.stream().anyMatch(l -> l.contains("U+1F4E7")
                && l.contains(name + ":" + titleLine + ":8: warning")), printed.toString());
        assertTrue(result.published(), printed.toString());
    }
}
