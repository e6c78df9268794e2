package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FontLocatorTest {
    private static final Path WENKAI = Path.of("/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf");
    private static final Path NOTO_CJK_CFF = Path.of("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc");

    @TempDir
    Path temp;

    @Test
    void withNoFontsEveryRoleFallsBackToTheBundledNotoSansSc() throws IOException {
        Path emptyRoot = Files.createDirectories(temp.resolve("root"));
        Map<FontRole, FontSource> found = new FontLocator(List.of(emptyRoot)).locate(Optional.empty());
        found.values().forEach(s -> assertTrue(s.isBundled(), s.describe()));
        assertTrue(FontSet.load(found).font(FontRole.SONG).charExists('政'));
        assertEquals(FontSource.CLASSPATH_MONO, found.get(FontRole.MONO).location());
        assertTrue(FontSet.load(found).font(FontRole.MONO).charExists('{'));
    }

    @Test
    void aMonospaceFontInTheFolderServesCodeOnlyNotTheSansRole() throws IOException {
        Path mono = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf");
        assumeTrue(Files.exists(mono), "needs fonts-dejavu-core");
        Path dir = Files.createDirectories(temp.resolve("fonts"));
        Files.createSymbolicLink(dir.resolve("DejaVuSansMono.ttf"), mono);
        Path emptyRoot = Files.createDirectories(temp.resolve("root"));
        Map<FontRole, FontSource> found = new FontLocator(List.of(emptyRoot)).locate(Optional.of(dir));
        assertEquals(Optional.of(dir.resolve("DejaVuSansMono.ttf")), found.get(FontRole.MONO).file());
        assertTrue(found.get(FontRole.HEI).isBundled(), found.get(FontRole.HEI).describe());
    }

    @Test
    void theExplicitFontDirComesFirstAndCffFontsAreSkipped() throws IOException {
        assumeTrue(Files.exists(WENKAI) && Files.exists(NOTO_CJK_CFF), "needs fonts-lxgw-wenkai and fonts-noto-cjk");
        Path dir = Files.createDirectories(temp.resolve("fonts"));
        Files.createSymbolicLink(dir.resolve("simkai.ttf"), WENKAI);
        Files.createSymbolicLink(dir.resolve("simhei.ttf"), NOTO_CJK_CFF);
        Path emptyRoot = Files.createDirectories(temp.resolve("root"));
        Map<FontRole, FontSource> found = new FontLocator(List.of(emptyRoot)).locate(Optional.of(dir));
        assertEquals(Optional.of(dir.resolve("simkai.ttf")), found.get(FontRole.KAI).file());
        assertTrue(found.get(FontRole.HEI).isBundled(), "CFF font must be skipped: " + found.get(FontRole.HEI).describe());
        assertTrue(found.get(FontRole.SONG).isBundled());
    }

    @Test
    void fontsInTheExplicitFolderAreRecognisedByTheirNames() throws IOException {
        assumeTrue(Files.exists(WENKAI), "needs fonts-lxgw-wenkai");
        Path dir = Files.createDirectories(temp.resolve("fonts"));
        Files.createSymbolicLink(dir.resolve("FZFangSong-GBK.ttf"), WENKAI);
        Path emptyRoot = Files.createDirectories(temp.resolve("root"));
        Map<FontRole, FontSource> found = new FontLocator(List.of(emptyRoot)).locate(Optional.of(dir));
        assertEquals(Optional.of(dir.resolve("FZFangSong-GBK.ttf")), found.get(FontRole.SONG).file());
        assertTrue(found.get(FontRole.HEI).isBundled());
    }

    @Test
    void onDebianTheSystemFontsAreFound() {
        Path uming = Path.of("/usr/share/fonts/truetype/arphic/uming.ttc");
        assumeTrue(Files.exists(uming) && Files.exists(WENKAI), "needs fonts-arphic-uming and fonts-lxgw-wenkai");
        Map<FontRole, FontSource> found = new FontLocator().locate(Optional.empty());
        assertEquals(uming + ",0", found.get(FontRole.SONG).location());
        assertEquals(Optional.of(WENKAI), found.get(FontRole.KAI).file());
    }
}
