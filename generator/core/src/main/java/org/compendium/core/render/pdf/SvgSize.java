package org.compendium.core.render.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The intrinsic CSS width of an SVG: its {@code width} attribute in px, else the viewBox width. */
final class SvgSize {
    private static final Pattern ROOT = Pattern.compile("<svg\\b[^>]*>", Pattern.DOTALL);
    private static final Pattern WIDTH = Pattern.compile("\\swidth=\"([0-9.]+)(px)?\"");
    private static final Pattern VIEW_BOX = Pattern.compile("\\sviewBox=\"[-0-9.]+[ ,]+[-0-9.]+[ ,]+([0-9.]+)");

    private SvgSize() {
    }

    static Optional<Float> width(Path svg) {
        try {
            Matcher root = ROOT.matcher(Files.readString(svg, StandardCharsets.UTF_8));
            if (!root.find()) {
                return Optional.empty();
            }
            Matcher m = WIDTH.matcher(root.group());
            if (m.find()) {
                return Optional.of(Float.parseFloat(m.group(1)));
            }
            Matcher v = VIEW_BOX.matcher(root.group());
            return v.find() ? Optional.of(Float.parseFloat(v.group(1))) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
