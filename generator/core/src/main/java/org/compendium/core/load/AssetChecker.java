package org.compendium.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.compendium.core.Diagnostics;

/**
 * Checks the files under {@code assets/}: each is at most {@link #MAX_ASSET_BYTES}, and an SVG image is a
 * plain drawing. An SVG opened on its own is a web page: a {@code <script>}, an {@code onload=} handler, a
 * {@code javascript:} link or an embedded HTML {@code <foreignObject>} would run or show in the site's
 * origin, and an external reference would make the PDF renderer read files or URLs outside the content.
 * Such SVGs are rejected (not silently rewritten) so the editor sees what was wrong with the file.
 */
final class AssetChecker {
    /** Largest asset accepted; larger attachments belong on a download server, not in the compendium. */
    static final long MAX_ASSET_BYTES = 32L * 1024 * 1024;
    private static final Set<String> ACTIVE_ELEMENTS = Set.of("script", "foreignobject", "iframe", "embed", "object",
            "handler", "listener", "audio", "video");
    private static final Pattern SAFE_DATA_IMAGE = Pattern.compile("^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*$");
    private static final Pattern STYLE_HAZARD = Pattern.compile("(?i)expression\\s*\\(|@import|url\\s*\\(\\s*['\"]?(?!#)");
    private static final String EXPECTED = "; expected a plain SVG drawing (no scripts, event handlers, embedded HTML"
            + " or references to other files)";

    void check(Path root, String path, Diagnostics diagnostics) {
        Path file = root.resolve(path);
        try {
            long size = Files.size(file);
            if (size > MAX_ASSET_BYTES) {
                diagnostics.error(path, 0, 0, "asset is too large [" + size + " bytes]; expected at most "
                        + MAX_ASSET_BYTES + " bytes");
                return;
            }
            if (path.toLowerCase(Locale.ROOT).endsWith(".svg")) {
                checkSvg(file, path, diagnostics);
            }
        } catch (IOException e) {
            diagnostics.error(path, 0, 0, "cannot read the asset: " + e.getMessage());
        }
    }

    private static void checkSvg(Path file, String path, Diagnostics diagnostics) throws IOException {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = factory.createXMLStreamReader(in);
            try {
                while (xml.hasNext()) {
                    if (!event(xml, xml.next(), path, diagnostics)) {
                        return;
                    }
                }
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            diagnostics.error(path, at == null ? 0 : Math.max(at.getLineNumber(), 0),
                    at == null ? 0 : Math.max(at.getColumnNumber(), 0),
                    "SVG image is not well-formed XML [" + firstLine(e.getMessage()) + "]" + EXPECTED);
        }
    }

    /** @return false once a problem was reported (one per file is enough) */
    private static boolean event(XMLStreamReader xml, int type, String path, Diagnostics diagnostics) {
        return switch (type) {
            case XMLStreamConstants.DTD -> report(xml, path, "SVG image has a DOCTYPE [<!DOCTYPE>]", diagnostics);
            case XMLStreamConstants.ENTITY_REFERENCE -> report(xml, path, "SVG image uses an entity [&"
                    + xml.getLocalName() + ";]", diagnostics);
            case XMLStreamConstants.START_ELEMENT -> element(xml, path, diagnostics);
            case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA -> !STYLE_HAZARD.matcher(xml.getText()).find()
                    || report(xml, path, "SVG image has a style that loads or computes something ["
                    + shorten(xml.getText()) + "]", diagnostics);
            default -> true;
        };
    }

    private static boolean element(XMLStreamReader xml, String path, Diagnostics diagnostics) {
        String name = xml.getLocalName();
        if (ACTIVE_ELEMENTS.contains(name.toLowerCase(Locale.ROOT))) {
            return report(xml, path, "SVG image contains active content [<" + name + ">]", diagnostics);
        }
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String attr = xml.getAttributeLocalName(i).toLowerCase(Locale.ROOT);
            String value = xml.getAttributeValue(i).strip();
            if (attr.startsWith("on")) {
                return report(xml, path, "SVG image has an event handler [" + attr + "=]", diagnostics);
            }
            boolean reference = attr.equals("href") || attr.equals("src");
            if (reference && !value.startsWith("#") && !SAFE_DATA_IMAGE.matcher(value).matches()) {
                return report(xml, path, "SVG image refers to something outside it [" + shorten(value) + "]", diagnostics);
            }
            boolean animatesLink = attr.equals("attributename")
                    && (value.toLowerCase(Locale.ROOT).contains("href") || value.toLowerCase(Locale.ROOT).startsWith("on"));
            if (animatesLink || (attr.equals("style") && STYLE_HAZARD.matcher(value).find())) {
                return report(xml, path, "SVG image has an unsafe attribute [" + attr + "=\"" + shorten(value) + "\"]",
                        diagnostics);
            }
        }
        return true;
    }

    private static boolean report(XMLStreamReader xml, String path, String what, Diagnostics diagnostics) {
        Location at = xml.getLocation();
        diagnostics.error(path, Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0), what + EXPECTED);
        return false;
    }

    private static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.lastIndexOf("Message:");
        return shorten(nl < 0 ? m : m.substring(nl + "Message:".length()));
    }
}
