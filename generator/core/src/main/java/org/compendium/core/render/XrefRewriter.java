package org.compendium.core.render;

import java.util.function.Function;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.LinkTarget;

/**
 * Rewrites the canonical {@code xref:ID#anchor} and {@code asset:path} URLs of a rendered body to the
 * targets of one output format (a relative site URL, an EPUB file, a PDF destination, a public URL).
 *
 * <p>The URLs are found as {@code (href|src)="(xref|asset):([^"]*)"} would find them, with {@code indexOf}:
 * this runs over every page of the site and every body of the books, where a regular expression costs
 * several times more, mostly while the JVM is still compiling it.
 */
public final class XrefRewriter {

    private XrefRewriter() {
    }

    /** @param targets maps each canonical target to the URL the format uses (unescaped; it is escaped here) */
    public static String rewrite(String html, Function<LinkTarget, String> targets) {
        StringBuilder out = null;
        int at = 0;
        for (int eq = html.indexOf("=\"", 1); eq >= 0; eq = html.indexOf("=\"", eq + 2)) {
            int start = attributeStart(html, eq);
            int scheme = schemeEnd(html, eq + 2);
            if (start < 0 || scheme < 0) {
                continue;
            }
            int close = html.indexOf('"', scheme);
            if (close < 0) {
                break;
            }
            if (out == null) {
                out = new StringBuilder(html.length() + 256);
            }
            String value = Xml.unescape(html.substring(scheme, close));
            LinkTarget target = html.charAt(eq + 2) == 'a' ? new LinkTarget.Asset(value) : documentRef(value);
            out.append(html, at, eq + 2).append(Xml.escape(targets.apply(target))).append('"');
            at = close + 1;
            eq = close - 1;
        }
        return out == null ? html : out.append(html, at, html.length()).toString();
    }

    /** @return where {@code href} or {@code src} ends at {@code eq} starts, or -1 */
    private static int attributeStart(String html, int eq) {
        if (html.startsWith("href", eq - 4)) {
            return eq - 4;
        }
        return html.startsWith("src", eq - 3) ? eq - 3 : -1;
    }

    /** @return the end of {@code xref:} or {@code asset:} at {@code i}, or -1 */
    private static int schemeEnd(String html, int i) {
        if (html.startsWith("xref:", i)) {
            return i + 5;
        }
        return html.startsWith("asset:", i) ? i + 6 : -1;
    }

    private static LinkTarget.DocumentRef documentRef(String value) {
        int hash = value.indexOf('#');
        return hash < 0 ? new LinkTarget.DocumentRef(value, "")
                : new LinkTarget.DocumentRef(value.substring(0, hash), value.substring(hash + 1));
    }
}
