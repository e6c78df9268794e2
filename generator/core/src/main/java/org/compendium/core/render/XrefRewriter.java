package org.compendium.core.render;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.LinkTarget;

/**
 * Rewrites the canonical {@code xref:ID#anchor} and {@code asset:path} URLs of a rendered body to the
 * targets of one output format (a relative site URL, an EPUB file, a PDF destination, a public URL).
 */
public final class XrefRewriter {
    private static final Pattern CANONICAL = Pattern.compile("(href|src)=\"(xref|asset):([^\"]*)\"");

    private XrefRewriter() {
    }

    /** @param targets maps each canonical target to the URL the format uses (unescaped; it is escaped here) */
    public static String rewrite(String html, Function<LinkTarget, String> targets) {
        Matcher m = CANONICAL.matcher(html);
        if (!m.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder(html.length() + 256);
        do {
            String value = Xml.unescape(m.group(3));
            LinkTarget target = m.group(2).equals("asset") ? new LinkTarget.Asset(value) : documentRef(value);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + Xml.escape(targets.apply(target)) + "\""));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static LinkTarget.DocumentRef documentRef(String value) {
        int hash = value.indexOf('#');
        return hash < 0 ? new LinkTarget.DocumentRef(value, "")
                : new LinkTarget.DocumentRef(value.substring(0, hash), value.substring(hash + 1));
    }
}
