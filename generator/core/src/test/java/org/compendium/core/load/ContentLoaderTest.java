package org.compendium.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose front matter failed keeps the id it declares, so references to it are not called unknown. */
class ContentLoaderTest {
    @TempDir
    Path root;

    private ParsedFile load(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
        ContentLoader.FileLoad load = new ContentLoader().loadFile(root, path);
        assertTrue(load.failed(), load.diagnostics().toString());
        return load.file().orElseThrow();
    }

    private static Optional<String> declaredId(ParsedFile file) {
        assertTrue(file instanceof PartialDocument, String.valueOf(file));
        return ((PartialDocument) file).declaredId();
    }

    @Test
    void policyWithAnInvalidDateKeepsItsId() throws IOException {
        ParsedFile file = load("policies/2023/sl-x.md", "---\nid: sl-x\ntitle: 示例\nissuer: 示例市科学技术局\n"
                + "issued: 2023-09-31\n---\n\n# 示例\n");
        assertEquals(Optional.of("sl-x"), declaredId(file));
    }

    @Test
    void noteWithAnUnknownFormKeepsItsId() throws IOException {
        ParsedFile file = load("interpretations/jd-x.md", "---\nid: jd-x\ntitle: 解读\ninterprets: sl-x\n"
                + "form: 长文\nissued: 2023-09-05\n---\n\n# 解读\n");
        assertEquals(Optional.of("jd-x"), declaredId(file));
    }

    @Test
    void policyWhoseIdIsBadHasNone() throws IOException {
        ParsedFile file = load("policies/2023/sl-x.md", "---\nid: SL_X\ntitle: 示例\nissuer: 示例市科学技术局\n"
                + "issued: 2023-09-01\n---\n\n# 示例\n");
        assertEquals(Optional.empty(), declaredId(file));
    }

    @Test
    void policyWithoutAnIdHasNone() throws IOException {
        ParsedFile file = load("policies/2023/sl-x.md", "---\ntitle: 示例\nissuer: 示例市科学技术局\n"
                + "issued: 2023-09-31\n---\n\n# 示例\n");
        assertEquals(Optional.empty(), declaredId(file));
    }

    @Test
    void summaryWithoutATitleKeepsTheIdOfItsYear() throws IOException {
        ParsedFile file = load("summaries/2023.md", "---\nyear: 2023\n---\n\n# 综述\n");
        assertEquals(Optional.of("summary-2023"), declaredId(file));
    }
}
