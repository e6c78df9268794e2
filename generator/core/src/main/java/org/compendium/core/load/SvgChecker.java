package org.compendium.core.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.compendium.core.kernel.Diagnostics;

/**
 * Checks that an SVG asset is a plain drawing, against allowlists over the parsed document: SVG elements
 * that draw (no script, foreignObject, animation, fonts or cursors) with their known attributes, and
 * elements of editors' metadata (Inkscape, Sodipodi, RDF, Dublin Core, Creative Commons, Adobe); nothing
 * of another namespace (an XHTML {@code <meta http-equiv>} is refused); references only to
 * {@code #fragments} of the same file ({@code href}, {@code url(#id)} in attributes and style sheets, CSS
 * escapes decoded, text of a style element taken as one whatever CDATA sections split it); no processing
 * instruction ({@code <?xml-stylesheet?>}), DOCTYPE or entity. Opened on its own an SVG is a web page of the
 * site's origin, and the PDF renderer would read what it refers to. One problem is reported per file.
 */
final class SvgChecker {
    static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";
    private static final Set<String> METADATA_NS = Set.of("http://www.inkscape.org/namespaces/inkscape",
            "http://sodipodi.sourceforge.net/DTD/sodipodi-0.dtd", "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
            "http://purl.org/dc/elements/1.1/", "http://creativecommons.org/ns#", "http://web.resource.org/cc/",
            "http://ns.adobe.com/AdobeIllustrator/10.0/", "http://ns.adobe.com/AdobeSVGViewerExtensions/3.0/",
            "http://ns.adobe.com/Extensibility/1.0/", "http://ns.adobe.com/Graphs/1.0/", "http://ns.adobe.com/Flows/1.0/",
            "http://ns.adobe.com/SaveForWeb/1.0/", "http://ns.adobe.com/Variables/1.0/", "http://ns.adobe.com/ImageReplacement/1.0/",
            "http://ns.adobe.com/GenericCustomNamespace/1.0/", "http://ns.adobe.com/XPath/1.0/",
            "http://www.bohemiancoding.com/sketch/ns");
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "desc", "title", "metadata", "symbol",
            "use", "switch", "a", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon", "text", "tspan",
            "textPath", "linearGradient", "radialGradient", "stop", "pattern", "clipPath", "mask", "marker", "image",
            "style", "filter", "feBlend", "feColorMatrix", "feComponentTransfer", "feComposite", "feConvolveMatrix",
            "feDiffuseLighting", "feDisplacementMap", "feDistantLight", "feDropShadow", "feFlood", "feFuncA", "feFuncB",
            "feFuncG", "feFuncR", "feGaussianBlur", "feImage", "feMerge", "feMergeNode", "feMorphology", "feOffset",
            "fePointLight", "feSpecularLighting", "feSpotLight", "feTile", "feTurbulence", "view");
    private static final Set<String> ATTRIBUTES = Set.of(
            // structure and geometry
            "id", "class", "style", "lang", "transform", "x", "y", "width", "height", "viewBox", "preserveAspectRatio",
            "version", "baseProfile", "d", "pathLength", "points", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr",
            "x1", "y1", "x2", "y2", "dx", "dy", "rotate", "textLength", "lengthAdjust", "startOffset", "method",
            "spacing", "side", "refX", "refY", "markerUnits", "markerWidth", "markerHeight", "orient", "patternUnits",
            "patternContentUnits", "patternTransform", "gradientUnits", "gradientTransform", "spreadMethod", "offset",
            "clipPathUnits", "maskUnits", "maskContentUnits", "filterUnits", "primitiveUnits", "href",
            "requiredFeatures", "requiredExtensions", "systemLanguage", "role", "aria-label", "aria-labelledby",
            "aria-describedby", "aria-hidden", "focusable", "type", "media", "zoomAndPan", "enable-background",
            // presentation
            "alignment-baseline", "baseline-shift", "clip", "clip-path", "clip-rule", "color", "color-interpolation",
            "color-interpolation-filters", "color-rendering", "direction", "display", "dominant-baseline", "fill",
            "fill-opacity", "fill-rule", "filter", "flood-color", "flood-opacity", "font", "font-family", "font-size",
            "font-size-adjust", "font-stretch", "font-style", "font-variant", "font-weight",
            "glyph-orientation-horizontal", "glyph-orientation-vertical", "image-rendering", "kerning",
            "letter-spacing", "lighting-color", "marker", "marker-start", "marker-mid", "marker-end", "mask", "opacity",
            "overflow", "paint-order", "pointer-events", "shape-rendering", "stop-color", "stop-opacity", "stroke",
            "stroke-dasharray", "stroke-dashoffset", "stroke-linecap", "stroke-linejoin", "stroke-miterlimit",
            "stroke-opacity", "stroke-width", "text-anchor", "text-decoration", "text-rendering", "transform-origin",
            "unicode-bidi", "vector-effect", "visibility", "word-spacing", "writing-mode", "mix-blend-mode",
            "isolation", "solid-color", "solid-opacity",
            // filter primitives
            "in", "in2", "result", "stdDeviation", "edgeMode", "mode", "operator", "k1", "k2", "k3", "k4", "values",
            "tableValues", "slope", "intercept", "amplitude", "exponent", "scale", "xChannelSelector",
            "yChannelSelector", "radius", "order", "kernelMatrix", "divisor", "bias", "targetX", "targetY",
            "preserveAlpha", "kernelUnitLength", "surfaceScale", "diffuseConstant", "specularConstant",
            "specularExponent", "azimuth", "elevation", "z", "pointsAtX", "pointsAtY", "pointsAtZ",
            "limitingConeAngle", "baseFrequency", "numOctaves", "seed", "stitchTiles", "filterRes");
    private static final Pattern SAFE_DATA_IMAGE =
            Pattern.compile("^data:image/(png|jpeg|gif|webp);base64,[A-Za-z0-9+/=\\s]*$");
    private static final Pattern URL = Pattern.compile("(?i)url\\s*\\(\\s*(['\"]?)\\s*([^)'\"]*)");
    private static final Pattern CSS_HAZARD =
            Pattern.compile("(?i)@import|@font-face|@namespace|expression\\s*\\(|image-set\\s*\\(|element\\s*\\(|"
                    + "behavior\\s*:|-moz-binding|javascript:");
    static final String EXPECTED = "; expected a plain SVG drawing (no scripts, event handlers, embedded HTML"
            + " or references to other files)";
    private static final XMLInputFactory FACTORY = factory();

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }

    /** A problem found, at its place in the file. */
    record Problem(int line, int column, String message) {
    }

    private SvgChecker() {
    }

    static void check(Path file, String path, Diagnostics diagnostics) throws IOException {
        problem(file).ifPresent(p -> diagnostics.error(path, p.line(), p.column(),
                p.message() + (p.message().contains("; expected") ? "" : EXPECTED)));
    }

    /** The first thing that makes the file more than a plain drawing, or empty. */
    static Optional<Problem> problem(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader xml = FACTORY.createXMLStreamReader(in);
            try {
                return walk(xml);
            } finally {
                xml.close();
            }
        } catch (XMLStreamException e) {
            Location at = e.getLocation();
            return Optional.of(new Problem(at == null ? 0 : Math.max(at.getLineNumber(), 0),
                    at == null ? 0 : Math.max(at.getColumnNumber(), 0),
                    "SVG image is not well-formed XML [" + firstLine(e.getMessage()) + "]"));
        }
    }

    private static Optional<Problem> walk(XMLStreamReader xml) throws XMLStreamException {
        int depth = 0;
        StringBuilder style = null;
        int[] styleAt = {0, 0};
        Problem styleProblem = null;
        while (xml.hasNext()) {
            int type = xml.next();
            String problem = switch (type) {
                case XMLStreamConstants.DTD -> "SVG image has a DOCTYPE [<!DOCTYPE>]";
                case XMLStreamConstants.ENTITY_REFERENCE -> "SVG image uses an entity [&" + xml.getLocalName() + ";]";
                case XMLStreamConstants.PROCESSING_INSTRUCTION -> "SVG image has a processing instruction [<?"
                        + xml.getPITarget() + "?>]";
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String ns = xml.getNamespaceURI() == null ? "" : xml.getNamespaceURI();
                    String name = xml.getLocalName();
                    if (depth == 1 && !(SVG_NS.equals(ns) && name.equals("svg"))) {
                        yield "SVG image does not start with an <svg> element in the SVG namespace [<"
                                + qualified(xml) + ">]";
                    }
                    if (depth == 1) {
                        String size = ImageLimits.svg(xml.getAttributeValue(null, "width"),
                                xml.getAttributeValue(null, "height"), xml.getAttributeValue(null, "viewBox"));
                        if (size != null) {
                            yield size;
                        }
                    }
                    if (METADATA_NS.contains(ns)) {
                        yield metadataAttributes(xml);
                    }
                    if (!SVG_NS.equals(ns) || !ELEMENTS.contains(name)) {
                        yield "SVG image contains " + (active(name) ? "active content" : "an element that is not"
                                + " plain SVG") + " [<" + qualified(xml) + ">]";
                    }
                    if (name.equals("style")) {
                        style = new StringBuilder();
                        styleAt[0] = xml.getLocation().getLineNumber();
                        styleAt[1] = xml.getLocation().getColumnNumber();
                    }
                    yield attributes(xml, name);
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (style != null && xml.getLocalName().equals("style")) {
                        String css = style.toString();
                        style = null;
                        Optional<String> hazard = css(css);
                        if (hazard.isPresent()) {
                            styleProblem = new Problem(Math.max(styleAt[0], 0), Math.max(styleAt[1], 0),
                                    "SVG image has a style that loads or computes something [" + hazard.get() + "]");
                        }
                    }
                    yield null;
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (style != null) {
                        style.append(xml.getText());
                    }
                    yield null;
                }
                default -> null;
            };
            if (styleProblem != null) {
                return Optional.of(styleProblem);
            }
            if (problem != null) {
                Location at = xml.getLocation();
                return Optional.of(new Problem(Math.max(at.getLineNumber(), 0), Math.max(at.getColumnNumber(), 0),
                        problem));
            }
        }
        return Optional.empty();
    }

    private static boolean active(String name) {
        return Set.of("script", "foreignobject", "iframe", "embed", "object", "handler", "listener", "audio",
                "video", "animate", "set", "animatemotion", "animatetransform", "animatecolor", "discard", "cursor",
                "font-face-uri", "html", "meta", "base", "link").contains(name.toLowerCase(Locale.ROOT));
    }

    private static String attributes(XMLStreamReader xml, String element) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String ns = xml.getAttributeNamespace(i) == null ? "" : xml.getAttributeNamespace(i);
            String name = xml.getAttributeLocalName(i);
            String value = xml.getAttributeValue(i);
            String shown = qualified(xml.getAttributePrefix(i), name);
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                return "SVG image has an event handler [" + shown + "=]";
            }
            boolean known = ns.isEmpty() ? ATTRIBUTES.contains(name) || name.startsWith("data-")
                    : ns.equals(XLINK_NS) ? name.equals("href") || name.equals("title")
                    : ns.equals(XMLConstants.XML_NS_URI) ? name.equals("space") || name.equals("lang")
                    : METADATA_NS.contains(ns);
            if (!known) {
                return "SVG image has an attribute that is not plain SVG [" + shown + "=\"" + shorten(value) + "\"]";
            }
            if (name.equals("href") && (ns.isEmpty() || ns.equals(XLINK_NS))) {
                String target = value.strip();
                boolean dataImage = element.equals("image") && SAFE_DATA_IMAGE.matcher(target).matches();
                if (!target.startsWith("#") && !dataImage) {
                    return "SVG image refers to something outside it [" + shorten(target) + "]";
                }
            } else if (!METADATA_NS.contains(ns)) {
                Optional<String> hazard = css(value);
                if (hazard.isPresent()) {
                    return "SVG image has an unsafe attribute [" + shown + "=\"" + hazard.get() + "\"]";
                }
            }
        }
        return null;
    }

    /** An editor's metadata element (Inkscape, RDF …): any attributes but event handlers. */
    private static String metadataAttributes(XMLStreamReader xml) {
        for (int i = 0; i < xml.getAttributeCount(); i++) {
            String name = xml.getAttributeLocalName(i);
            if (name.toLowerCase(Locale.ROOT).startsWith("on")) {
                return "SVG image has an event handler [" + qualified(xml.getAttributePrefix(i), name) + "=]";
            }
        }
        return null;
    }

    /**
     * What in CSS text (a style sheet, a style attribute or a presentation attribute's value) loads or
     * computes something: a {@code url()} to anything but {@code #id}, an import, a font face, an expression.
     * Comments are removed and escapes decoded first, so {@code u\72l(} is {@code url(}.
     */
    static Optional<String> css(String text) {
        if (text.indexOf('(') < 0 && text.indexOf('@') < 0 && text.indexOf('\\') < 0 && text.indexOf(':') < 0) {
            return Optional.empty();
        }
        String css = unescape(text.replaceAll("(?s)/\\*.*?\\*/", ""));
        Matcher hazard = CSS_HAZARD.matcher(css);
        if (hazard.find()) {
            return Optional.of(shorten(css.substring(hazard.start())));
        }
        Matcher url = URL.matcher(css);
        while (url.find()) {
            if (!url.group(2).strip().startsWith("#")) {
                return Optional.of(shorten(css.substring(url.start())));
            }
        }
        return Optional.empty();
    }

    /** CSS escapes decoded: {@code \72} and {@code \000072 } are {@code r}, {@code \(} is {@code (}. */
    static String unescape(String css) {
        if (css.indexOf('\\') < 0) {
            return css;
        }
        StringBuilder out = new StringBuilder(css.length());
        for (int i = 0; i < css.length(); i++) {
            char c = css.charAt(i);
            if (c != '\\' || i + 1 == css.length()) {
                out.append(c);
                continue;
            }
            int j = i + 1;
            while (j < css.length() && j - i <= 6 && Character.digit(css.charAt(j), 16) >= 0) {
                j++;
            }
            if (j > i + 1) {
                int code = Integer.parseInt(css.substring(i + 1, j), 16);
                out.appendCodePoint(code == 0 || code > Character.MAX_CODE_POINT ? 0xFFFD : code);
                if (j < css.length() && Character.isWhitespace(css.charAt(j))) {
                    j++;
                }
                i = j - 1;
            } else if (css.charAt(j) != '\n') {
                out.append(css.charAt(j));
                i = j;
            } else {
                i = j;
            }
        }
        return out.toString();
    }

    private static String qualified(XMLStreamReader xml) {
        return qualified(xml.getPrefix(), xml.getLocalName());
    }

    private static String qualified(String prefix, String name) {
        return prefix == null || prefix.isEmpty() ? name : prefix + ":" + name;
    }

    static String shorten(String text) {
        String t = text.strip().replaceAll("\\s+", " ");
        return t.length() > 60 ? t.substring(0, 57) + "…" : t;
    }

    private static String firstLine(String message) {
        String m = message == null ? "" : message.strip();
        int nl = m.lastIndexOf("Message:");
        return shorten(nl < 0 ? m : m.substring(nl + "Message:".length()));
    }
}
