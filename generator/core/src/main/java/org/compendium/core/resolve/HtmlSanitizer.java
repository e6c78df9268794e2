package org.compendium.core.resolve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Sanitizes raw HTML written in Markdown with Jsoup: only an explicit allowlist of structural tags and
 * attributes survives (no script, style, iframe, object, event handler or inline style), and every
 * {@code href}/{@code src} goes through the same link rules as Markdown links. Output is XHTML.
 */
final class HtmlSanitizer {
    static final Set<String> BLOCK_TAGS = Set.of("a", "abbr", "b", "blockquote", "br", "caption", "cite", "code",
            "col", "colgroup", "dd", "del", "div", "dl", "dt", "em", "figcaption", "figure", "h2", "h3", "h4", "h5",
            "h6", "hr", "i", "img", "ins", "li", "mark", "ol", "p", "pre", "q", "s", "small", "span", "strong", "sub",
            "sup", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "u", "ul");
    static final Set<String> INLINE_TAGS = Set.of("abbr", "b", "br", "code", "del", "em", "i", "ins", "mark", "q",
            "s", "small", "span", "strong", "sub", "sup", "u");
    private static final Map<String, List<String>> ATTRIBUTES = Map.of(
            "a", List.of("href"), "img", List.of("src", "alt", "width", "height"),
            "td", List.of("colspan", "rowspan"), "th", List.of("colspan", "rowspan", "scope"),
            "ol", List.of("start", "type"), "col", List.of("span"), "colgroup", List.of("span"));
    /** Deepest element nesting accepted in raw HTML (renderers and the PDF layout recurse over it). */
    static final int MAX_DEPTH = 32;
    private static final Pattern INLINE_TAG = Pattern.compile("^<(/?)([a-zA-Z][a-zA-Z0-9]*)\\b[^>]*?(/?)>$");
    private final Safelist safelist;

    HtmlSanitizer() {
        Safelist list = new Safelist().addTags(BLOCK_TAGS.toArray(String[]::new))
                .addAttributes(":all", "title", "lang");
        ATTRIBUTES.forEach((tag, attrs) -> list.addAttributes(tag, attrs.toArray(String[]::new)));
        this.safelist = list;
    }

    /** Result of sanitizing: XHTML to emit and a description of each removed tag or attribute. */
    record Result(String xhtml, List<String> removed, boolean tooDeep) {
        Result(String xhtml, List<String> removed) {
            this(xhtml, removed, false);
        }
    }

    /**
     * Sanitizes an HTML block; {@code urls} maps (attribute name, URL) to the canonical URL, or null to
     * drop the attribute (the caller reports why).
     */
    Result block(String html, BiFunction<String, String, String> urls) {
        Document dirty = Jsoup.parseBodyFragment(html);
        if (depth(dirty.body()) > MAX_DEPTH) {
            return new Result("", List.of(), true);
        }
        List<String> removed = new ArrayList<>(unsafeParts(dirty.body()));
        Document clean = new Cleaner(safelist).clean(dirty);
        for (Element el : clean.select("[href], [src]")) {
            for (String attr : List.of("href", "src")) {
                if (el.hasAttr(attr)) {
                    String url = urls.apply(attr, el.attr(attr));
                    if (url == null) {
                        el.removeAttr(attr);
                    } else {
                        el.attr(attr, url);
                    }
                }
            }
        }
        clean.outputSettings().syntax(Document.OutputSettings.Syntax.xml).escapeMode(Entities.EscapeMode.xhtml)
                .prettyPrint(false).charset("UTF-8");
        return new Result(clean.body().html(), removed);
    }

    /** Inline HTML: an allowed tag without attributes, normalised; anything else is removed. */
    Result inline(String html) {
        Matcher m = INLINE_TAG.matcher(html.strip());
        if (m.matches() && INLINE_TAGS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
            String tag = m.group(2).toLowerCase(Locale.ROOT);
            String xhtml = tag.equals("br") ? "<br />" : "<" + m.group(1) + tag + ">";
            boolean hadAttributes = html.strip().length() > m.group(1).length() + tag.length() + m.group(3).length() + 2;
            return new Result(xhtml, hadAttributes ? List.of("attributes of <" + tag + ">") : List.of());
        }
        String shown = html.strip().length() > 40 ? html.strip().substring(0, 40) + "…" : html.strip();
        return new Result("", List.of(shown));
    }

    /** Element depth below {@code root}, without recursion. */
    private static int depth(Element root) {
        int max = 0;
        for (Element el : root.getAllElements()) {
            int d = 0;
            for (Element p = el; p != root && p != null; p = p.parent()) {
                d++;
            }
            max = Math.max(max, d);
            if (max > MAX_DEPTH) {
                return max;
            }
        }
        return max;
    }

    private Set<String> unsafeParts(Element root) {
        Set<String> removed = new LinkedHashSet<>();
        for (Element el : root.getAllElements()) {
            if (el == root) {
                continue;
            }
            String tag = el.normalName();
            if (!BLOCK_TAGS.contains(tag)) {
                removed.add("<" + tag + ">");
                continue;
            }
            for (Attribute attr : el.attributes()) {
                String name = attr.getKey().toLowerCase(Locale.ROOT);
                if (!name.equals("title") && !name.equals("lang")
                        && !ATTRIBUTES.getOrDefault(tag, List.of()).contains(name)) {
                    removed.add(name + "=");
                }
            }
        }
        return removed;
    }
}
