package org.compendium.core.render.fidelity;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipFile;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The text of a document read back from what the build wrote, with only what the generator adds around the
 * official text taken away: the site's permalinks, interpretation markers and footnote back-links, the EPUB's
 * metadata table. Ordered lists get their numbers as text ({@code 1.}), as a reader sees them.
 */
final class OutputText {
    private OutputText() {
    }

    /** The text of a page's {@code div.doc-body}, or null when the page has none. */
    static String site(Path page) {
        try {
            Element body = Jsoup.parse(page.toFile(), "UTF-8").selectFirst("div.doc-body");
            return body == null ? null : text(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of an EPUB chapter's {@code section.chapter} (the preface's {@code section.preface}), without its
     * metadata, or null when it has none.
     */
    static String epub(Path epub, String chapter, boolean keepHeading) {
        try (ZipFile zip = new ZipFile(epub.toFile())) {
            var entry = zip.getEntry("EPUB/" + chapter);
            if (entry == null) {
                return null;
            }
            String xml = new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            Element section = Jsoup.parse(xml, "", Parser.xmlParser()).selectFirst("section.chapter, section.preface");
            if (section == null) {
                return null;
            }
            section.select("#epub-meta, #epub-about, #epub-notes").remove();
            Element heading = section.selectFirst("> h1");
            if (heading != null && !keepHeading) {
                heading.remove();
            }
            return text(section);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String text(Element root) {
        Element body = root.clone();
        body.select("a.permalink, a.clause-note, a.footnote-backref, div.footnotes > hr").remove();
        for (Element ol : body.select("ol")) {
            int n = ol.hasAttr("start") ? Integer.parseInt(ol.attr("start")) : 1;
            for (Element li : ol.children()) {
                if (li.nameIs("li")) {
                    li.prependText((n++) + ".");
                }
            }
        }
        return body.text();
    }

    /** All whitespace away: line breaks, indents and justification are layout, not text. */
    static String squeezed(String text) {
        return text.replaceAll("[\\s\\u00a0\\u2060\\u200b\\u3000]+", "");
    }
}
