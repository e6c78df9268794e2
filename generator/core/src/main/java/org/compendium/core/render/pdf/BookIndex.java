package org.compendium.core.render.pdf;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.internal.Pinyin;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;
import org.jsoup.nodes.Element;

/** The index at the back of the book: policies by 发文字号, then by issuing body, with page numbers. */
final class BookIndex {
    private static final Pattern NUMBER = Pattern.compile("^(.*?)〔(\\d{4})〕(\\d+)");

    private BookIndex() {
    }

    static Element render(Edition edition) {
        Element index = new Element("div").addClass("book-index").id(BookNavigation.INDEX_ID);
        index.appendElement("div").addClass("rh").text("索　引");
        index.appendElement("h1").addClass("index-title").text("索　引");
        byDocNumber(index, edition);
        byIssuer(index, edition);
        return index;
    }

    private static void byDocNumber(Element index, Edition edition) {
        index.appendElement("h2").addClass("index-part").text("一、按发文字号");
        Collator pinyin = Pinyin.order();
        List<Policy> numbered = edition.policies().stream().filter(p -> p.meta().docNumber().isPresent())
                .sorted(Comparator.comparing((Policy p) -> numberKey(p).prefix(), pinyin)
                        .thenComparing(p -> numberKey(p).year()).thenComparing(p -> numberKey(p).serial())
                        .thenComparing(Policy::id))
                .toList();
        for (Policy p : numbered) {
            Element entry = index.appendElement("p").addClass("index-entry");
            entry.appendElement("span").addClass("index-key")
                    .text(ChineseText.docNumber(p.meta().docNumber().orElseThrow()));
            link(entry, p);
        }
    }

    private static void byIssuer(Element index, Edition edition) {
        index.appendElement("h2").addClass("index-part").text("二、按发布机关");
        Map<String, List<Policy>> byIssuer = new TreeMap<>(Pinyin.order());
        for (Policy p : edition.policies().stream().sorted(Comparator.comparing((Policy p) -> p.meta().issued())
                .thenComparing(Policy::id)).toList()) {
            p.meta().issuers().forEach(i -> byIssuer.computeIfAbsent(i, k -> new ArrayList<>()).add(p));
        }
        byIssuer.forEach((issuer, policies) -> {
            index.appendElement("h3").addClass("index-issuer").text(issuer);
            policies.forEach(p -> link(index.appendElement("p").addClass("index-entry"), p));
        });
    }

    private static void link(Element entry, Policy policy) {
        entry.appendElement("a").addClass("toc-link").attr("href", "#" + BookIds.section(policy))
                .text(policy.title());
    }

    private record NumberKey(String prefix, int year, int serial) {
    }

    private static NumberKey numberKey(Policy p) {
        String number = ChineseText.docNumber(p.meta().docNumber().orElse(""));
        Matcher m = NUMBER.matcher(number);
        return m.find() ? new NumberKey(m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)))
                : new NumberKey(number, 0, 0);
    }
}
