package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every link of the site works: each relative href/src names an existing file (a folder link would break
 * {@code file://} browsing, so links name index.html), each #fragment exists in its target, nothing is
 * loaded from another host, and the feed and sitemap point at pages that exist.
 */
class LinkCheckerTest {
    private final Map<Path, Set<String>> ids = new ConcurrentHashMap<>();

    static Stream<BuiltSite> sites() {
        return BuiltSite.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void everyLinkAndFragmentResolves(BuiltSite site) {
        List<String> broken = Collections.synchronizedList(new ArrayList<>());
        List<Path> pages = site.files(".html").stream().filter(p -> !p.toString().equals("404.html")).toList();
        pages.parallelStream().forEach(page -> broken.addAll(check(site.site(), page)));
        assertEquals(List.of(), broken.stream().sorted().limit(50).toList(), broken.size() + " broken links in " + site);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("sites")
    void feedAndSitemapPointAtExistingPages(BuiltSite site) throws IOException {
        String base = Files.readString(site.site().resolve("robots.txt")).lines()
                .filter(l -> l.startsWith("Sitemap: ")).findFirst().orElseThrow()
                .substring("Sitemap: ".length()).replace("sitemap.xml", "");
        List<String> urls = new ArrayList<>();
        Document sitemap = Jsoup.parse(Files.readString(site.site().resolve("sitemap.xml")), "", Parser.xmlParser());
        sitemap.select("loc").forEach(e -> urls.add(e.text()));
        Document feed = Jsoup.parse(Files.readString(site.site().resolve("feed.xml")), "", Parser.xmlParser());
        feed.select("entry > link").forEach(e -> urls.add(e.attr("href")));
        assertTrue(urls.size() > 10, "sitemap and feed list pages");
        for (String url : urls) {
            assertTrue(url.startsWith(base), url + " is under " + base);
            Path target = site.site().resolve(decode(url.substring(base.length())));
            Path file = url.endsWith("/") ? target.resolve("index.html") : target;
            assertTrue(Files.isRegularFile(file), url + " → " + file + " exists");
        }
    }

    private List<String> check(Path root, Path page) {
        Document doc = parse(root.resolve(page));
        List<String> broken = new ArrayList<>();
        for (Element el : doc.select("[href], [src]")) {
            String attr = el.hasAttr("href") ? "href" : "src";
            String url = el.attr(attr);
            String problem = problem(root, page, el, url);
            if (problem != null) {
                broken.add(page + ": <" + el.tagName() + " " + attr + "=\"" + url + "\">: " + problem);
            }
        }
        return broken;
    }

    private String problem(Path root, Path page, Element el, String url) {
        if (url.startsWith("http://") || url.startsWith("https://") || url.startsWith("mailto:")
                || url.startsWith("tel:")) {
            return el.tagName().equals("a") ? null : "external resource: the site must make no external request";
        }
        if (url.isEmpty() || url.contains(":")) {
            return "unexpected URL scheme";
        }
        int hash = url.indexOf('#');
        String path = hash < 0 ? url : url.substring(0, hash);
        String fragment = hash < 0 ? "" : decode(url.substring(hash + 1));
        if (path.endsWith("/") || (path.isEmpty() && hash < 0)) {
            return "link to a folder: breaks file:// browsing; link to index.html";
        }
        Path target = path.isEmpty() ? root.resolve(page)
                : root.resolve(page).getParent().resolve(decode(path.replaceFirst("\\?.*", ""))).normalize();
        if (!target.startsWith(root)) {
            return "leaves the site";
        }
        if (!Files.isRegularFile(target)) {
            return "no such file " + root.relativize(target);
        }
        if (!fragment.isEmpty() && target.toString().endsWith(".html") && !idsOf(target).contains(fragment)) {
            return "no element with id [" + fragment + "] in " + root.relativize(target);
        }
        return null;
    }

    private Set<String> idsOf(Path file) {
        return ids.computeIfAbsent(file, f -> parse(f).select("[id]").stream().map(Element::id)
                .collect(Collectors.toSet()));
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile(), "UTF-8");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String decode(String s) {
        return URLDecoder.decode(s.replace("+", "%2B"), StandardCharsets.UTF_8);
    }
}
