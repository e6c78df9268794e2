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
        Files.writeString(policy, Files.readString(policy) + "\n附：联系方式见网站 \uD83D\uDCDE。\n");
        content.write("summaries/2023.md", "---\nyear: 2023\ntitle: 2023年度综述\n---\n\n# 2023年度综述\n\n本年度。\n");
        BuildResult result = new CompendiumBuilder().build(DemoEditions.request(content.root(), temp.resolve("out")));
        List<String> printed = content.printed(result);
        assertTrue(printed.stream().anyMatch(l -> l.contains("U+1F4DE") && l.contains(policy.getFileName().toString())
                && l.contains("warning")), printed.toString());
        assertTrue(result.published(), printed.toString());
    }
}
