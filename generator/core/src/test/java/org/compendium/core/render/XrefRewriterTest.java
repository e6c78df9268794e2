package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.internal.Xml;
import org.compendium.core.model.LinkTarget;
import org.junit.jupiter.api.Test;

/**
 * The rewriter's {@code indexOf} scan against the regular expression it replaced (kept here as the
 * reference), on the generator's own markup and on random, often malformed, markup.
 */
class XrefRewriterTest {
    private static final Pattern CANONICAL = Pattern.compile("(href|src)=\"(xref|asset):([^\"]*)\"");
    private static final Function<LinkTarget, String> TARGETS = t -> switch (t) {
        case LinkTarget.Asset a -> "../" + a.path();
        case LinkTarget.DocumentRef d -> "../" + d.id() + "/index.html" + (d.hasFragment() ? "#" + d.fragment() : "");
        case LinkTarget.External e -> e.url();
    };
    private static final List<String> PIECES = List.of("href", "src", "=", "\"", "=\"", "xref:", "asset:", "sl-1",
            "#art-2", "a&amp;b", "<", ">", " ", "\n", "h", "s", "ref", "img/a.png", "文", "<a href=\"xref:sl-2#x\">",
            "<img src=\"asset:img/b.png\"/>", "</a>");

    @Test
    void generatorMarkupIsRewrittenAsBefore() {
        String html = "<p>见<a href=\"xref:sl-1#art-2\">第二条</a>和<a href=\"https://example.org/\">外部</a>。</p>\n"
                + "<p><img src=\"asset:img/a&amp;b.png\" alt=\"图\"/> <a href=\"xref:sl-3\">《办法》</a></p>\n";
        assertEquals(reference(html), XrefRewriter.rewrite(html, TARGETS));
        assertEquals("<p>无</p>", XrefRewriter.rewrite("<p>无</p>", TARGETS));
    }

    @Test
    void randomMarkupIsRewrittenAsTheRegularExpressionDid() {
        Random random = new Random(20240602);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder html = new StringBuilder();
            for (int k = random.nextInt(14); k >= 0; k--) {
                html.append(PIECES.get(random.nextInt(PIECES.size())));
            }
            String text = html.toString();
            assertEquals(reference(text), XrefRewriter.rewrite(text, TARGETS), text);
        }
    }

    /** The rewriter as it was written with a regular expression. */
    private static String reference(String html) {
        Matcher m = CANONICAL.matcher(html);
        if (!m.find()) {
            return html;
        }
        StringBuilder out = new StringBuilder();
        do {
            String value = Xml.unescape(m.group(3));
            LinkTarget target = m.group(2).equals("asset") ? new LinkTarget.Asset(value) : ref(value);
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1) + "=\"" + Xml.escape(TARGETS.apply(target)) + "\""));
        } while (m.find());
        m.appendTail(out);
        return out.toString();
    }

    private static LinkTarget ref(String value) {
        int hash = value.indexOf('#');
        return hash < 0 ? new LinkTarget.DocumentRef(value, "")
                : new LinkTarget.DocumentRef(value.substring(0, hash), value.substring(hash + 1));
    }
}
