package org.compendium.core.load;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The kinds of asset the site publishes, by file extension, each with the bytes its files start with. An
 * asset is served as it is, from the site's origin: a web page, an XML or XHTML file, a script or a style
 * sheet under {@code assets/} would run there when opened, so only these kinds are published, and a file
 * must be what its name says (an HTML page named {@code .png} is refused too).
 */
final class AssetTypes {
    /** What a kind of file is called in messages, and how its files start (null: any bytes). */
    record Kind(String name, byte[][] starts) {
    }

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF};
    private static final byte[] GIF = {'G', 'I', 'F', '8'};
    private static final byte[] RIFF = {'R', 'I', 'F', 'F'};
    private static final byte[] PDF = {'%', 'P', 'D', 'F', '-'};
    private static final byte[] OLE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A,
            (byte) 0xE1};
    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] RTF = {'{', '\\', 'r', 't', 'f'};
    private static final byte[] RAR = {'R', 'a', 'r', '!', 0x1A, 7};
    private static final byte[] SEVEN_ZIP = {'7', 'z', (byte) 0xBC, (byte) 0xAF, 0x27, 0x1C};
    private static final Kind OFFICE_OLE = new Kind("Office document", new byte[][] {OLE});
    private static final Kind OFFICE_ZIP = new Kind("Office document", new byte[][] {ZIP});
    private static final Map<String, Kind> KINDS = Map.ofEntries(
            Map.entry("png", new Kind("PNG image", new byte[][] {PNG})),
            Map.entry("jpg", new Kind("JPEG image", new byte[][] {JPEG})),
            Map.entry("jpeg", new Kind("JPEG image", new byte[][] {JPEG})),
            Map.entry("gif", new Kind("GIF image", new byte[][] {GIF})),
            Map.entry("webp", new Kind("WebP image", new byte[][] {RIFF})),
            Map.entry("svg", new Kind("SVG image", null)),
            Map.entry("pdf", new Kind("PDF document", new byte[][] {PDF})),
            Map.entry("doc", OFFICE_OLE), Map.entry("xls", OFFICE_OLE), Map.entry("ppt", OFFICE_OLE),
            Map.entry("wps", OFFICE_OLE), Map.entry("et", OFFICE_OLE), Map.entry("dps", OFFICE_OLE),
            Map.entry("docx", OFFICE_ZIP), Map.entry("xlsx", OFFICE_ZIP), Map.entry("pptx", OFFICE_ZIP),
            Map.entry("odt", OFFICE_ZIP), Map.entry("ods", OFFICE_ZIP), Map.entry("odp", OFFICE_ZIP),
            Map.entry("ofd", new Kind("OFD document", new byte[][] {ZIP})),
            Map.entry("rtf", new Kind("RTF document", new byte[][] {RTF})),
            Map.entry("txt", new Kind("text file", null)),
            Map.entry("csv", new Kind("CSV table", null)),
            Map.entry("zip", new Kind("ZIP archive", new byte[][] {ZIP, {'P', 'K', 5, 6}})),
            Map.entry("rar", new Kind("RAR archive", new byte[][] {RAR})),
            Map.entry("7z", new Kind("7z archive", new byte[][] {SEVEN_ZIP})));
    static final String ALLOWED = "an image (png, jpg, jpeg, gif, webp, svg), a PDF, an office document (doc, docx,"
            + " xls, xlsx, ppt, pptx, odt, ods, odp, wps, et, dps, ofd, rtf), a text or CSV file, or an archive"
            + " (zip, rar, 7z)";

    private AssetTypes() {
    }

    static String extension(String path) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    static Optional<Kind> kind(String path) {
        return Optional.ofNullable(KINDS.get(extension(path)));
    }

    /** Whether {@code head}, the first bytes of a file, starts as files of {@code kind} do. */
    static boolean matches(Kind kind, byte[] head) {
        if (kind.starts() == null) {
            return true;
        }
        for (byte[] start : kind.starts()) {
            if (head.length >= start.length && java.util.Arrays.equals(head, 0, start.length, start, 0, start.length)) {
                return true;
            }
        }
        return false;
    }
}
