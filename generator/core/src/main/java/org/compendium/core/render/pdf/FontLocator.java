package org.compendium.core.render.pdf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds a CJK font for each {@link FontRole} on this machine, so nobody installs fonts by hand. Search
 * order, first match wins per role:
 * <ol>
 * <li>the explicit font folder of the request ({@code --font-dir}, {@code -Dcompendium.fontDir}), searched
 *     (3 levels deep) for any of the file names below, then for files whose name says the role
 *     (仿宋/fang/宋/song/ming/serif; 黑/hei/sans; 楷/kai);</li>
 * <li>Debian/Ubuntu packages: AR PL UMing (Song), LXGW WenKai then AR PL UKai (Kai), WenQuanYi Zen/Micro
 *     Hei (Hei);</li>
 * <li>Windows {@code C:/Windows/Fonts}: simfang.ttf / 仿宋_GB2312 then simsun.ttc (and 方正小标宋),
 *     simhei.ttf, simkai.ttf;</li>
 * <li>macOS: STFangsong, Songti.ttc, STHeiti, STKaiti;</li>
 * <li>for code ({@link FontRole#MONO}): DejaVu Sans Mono, Liberation Mono, Consolas, Courier New, Menlo,
 *     Monaco (file names with mono/consol/courier in the font folder);</li>
 * <li>the Noto Sans SC bundled on the classpath (ph-fonts-noto-sans-sc), for any CJK role still unfilled,
 *     and Kurinto Mono (ph-fonts-kurinto-mono) for code.</li>
 * </ol>
 * Only TrueType outlines ({@code glyf}) are accepted: OpenPDF writes broken subsets of CFF-based fonts
 * (Debian's Noto CJK .ttc/.otf), so those are skipped.
 */
public final class FontLocator {
    private static final Map<FontRole, List<String>> SYSTEM = Map.of(
            FontRole.SONG, List.of(
                    "/usr/share/fonts/truetype/arphic/uming.ttc",
                    "/usr/share/fonts/truetype/arphic-gbsn00lp/gbsn00lp.ttf",
                    "C:/Windows/Fonts/simfang.ttf",
                    "C:/Windows/Fonts/仿宋_GB2312.ttf",
                    "C:/Windows/Fonts/simsun.ttc",
                    "C:/Windows/Fonts/FZXBSJW.TTF",
                    "/System/Library/Fonts/Supplemental/STFangsong.ttf",
                    "/Library/Fonts/STFangsong.ttf",
                    "/System/Library/Fonts/Supplemental/Songti.ttc",
                    "/System/Library/Fonts/Songti.ttc"),
            FontRole.HEI, List.of(
                    "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
                    "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
                    "C:/Windows/Fonts/simhei.ttf",
                    "/System/Library/Fonts/STHeiti Medium.ttc",
                    "/System/Library/Fonts/STHeiti Light.ttc"),
            FontRole.KAI, List.of(
                    "/usr/share/fonts/truetype/lxgw-wenkai/LXGWWenKai-Regular.ttf",
                    "/usr/share/fonts/truetype/arphic/ukai.ttc",
                    "C:/Windows/Fonts/simkai.ttf",
                    "C:/Windows/Fonts/STKAITI.TTF",
                    "/System/Library/Fonts/Supplemental/Kaiti.ttc",
                    "/System/Library/Fonts/STKaiti.ttc"),
            FontRole.MONO, List.of(
                    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
                    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
                    "/usr/share/fonts/truetype/liberation2/LiberationMono-Regular.ttf",
                    "C:/Windows/Fonts/consola.ttf",
                    "C:/Windows/Fonts/cour.ttf",
                    "/System/Library/Fonts/Menlo.ttc",
                    "/System/Library/Fonts/Monaco.ttf"));

    /** Words in a font file's name that say which role it can fill (for fonts in {@code --font-dir}). */
    private static final Map<FontRole, List<String>> NAME_HINTS = Map.of(
            FontRole.SONG, List.of("fang", "仿宋", "song", "宋", "ming", "serif"),
            FontRole.HEI, List.of("hei", "黑", "sans"),
            FontRole.KAI, List.of("kai", "楷"),
            FontRole.MONO, List.of("mono", "consol", "courier"));
    private final List<Path> systemRoots;

    /** Searches the usual system locations. */
    public FontLocator() {
        this(List.of());
    }

    /** @param systemRoots prefixes for the system paths (tests); empty means the real file system */
    FontLocator(List<Path> systemRoots) {
        this.systemRoots = List.copyOf(systemRoots);
    }

    /** One source per role, in {@link FontRole} order. */
    public Map<FontRole, FontSource> locate(Optional<Path> fontDir) {
        List<Path> explicit = fontDir.map(FontLocator::fontFiles).orElse(List.of());
        Map<FontRole, FontSource> found = new EnumMap<>(FontRole.class);
        for (FontRole role : FontRole.values()) {
            found.put(role, find(role, explicit).orElseGet(() -> FontSource.bundled(role)));
        }
        return found;
    }

    private Optional<FontSource> find(FontRole role, List<Path> explicit) {
        List<Path> candidates = new ArrayList<>();
        for (String known : SYSTEM.get(role)) {
            String name = Path.of(known).getFileName().toString();
            explicit.stream().filter(f -> f.getFileName().toString().equalsIgnoreCase(name)).forEach(candidates::add);
        }
        for (String hint : NAME_HINTS.get(role)) {
            explicit.stream().filter(f -> matches(f, hint, role))
                    .filter(f -> !candidates.contains(f)).forEach(candidates::add);
        }
        for (String known : SYSTEM.get(role)) {
            candidates.addAll(systemPaths(known));
        }
        return candidates.stream().filter(Files::isRegularFile).filter(SfntOutlines::hasTrueTypeOutlines)
                .findFirst().map(f -> new FontSource(role, Optional.of(f), 0));
    }

    /** The file name says the role; a monospace font ("…SansMono…") fills no other role. */
    private static boolean matches(Path file, String hint, FontRole role) {
        String name = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        boolean mono = NAME_HINTS.get(FontRole.MONO).stream().anyMatch(name::contains);
        return name.contains(hint) && (role == FontRole.MONO || !mono);
    }

    private List<Path> systemPaths(String known) {
        if (systemRoots.isEmpty()) {
            return List.of(Path.of(known));
        }
        String relative = known.replaceFirst("^[A-Za-z]:/", "").replaceFirst("^/", "");
        return systemRoots.stream().map(r -> r.resolve(relative)).toList();
    }

    private static List<Path> fontFiles(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(dir, 3)) {
            return files.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | java.io.UncheckedIOException e) {
            return List.of();
        }
    }
}
