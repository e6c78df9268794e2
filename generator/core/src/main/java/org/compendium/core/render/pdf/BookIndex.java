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

/** The order of the index at the back of the book: policies by 发文字号, and by issuing body. */
final class BookIndex {
    private static final Pattern NUMBER = Pattern.compile("^(.*?)〔(\\d{4})〕(\\d+)");

    private BookIndex() {
    }

    /** The policies with a 发文字号, by the 文号's prefix (pinyin), year and serial number. */
    static List<PrintBook.IndexEntry> byDocNumber(Edition edition) {
        Collator pinyin = Pinyin.order();
        return edition.policies().stream().filter(p -> p.meta().docNumber().isPresent())
                .sorted(Comparator.comparing((Policy p) -> numberKey(p).prefix(), pinyin)
                        .thenComparing(p -> numberKey(p).year()).thenComparing(p -> numberKey(p).serial())
                        .thenComparing(Policy::id))
                .map(p -> entry(p, ChineseText.docNumber(p.meta().docNumber().orElseThrow())))
                .toList();
    }

    /** The issuing bodies in pinyin order, each with its policies by issue date. */
    static List<PrintBook.IssuerEntries> byIssuer(Edition edition) {
        Map<String, List<PrintBook.IndexEntry>> byIssuer = new TreeMap<>(Pinyin.order());
        for (Policy p : edition.policies().stream().sorted(Comparator.comparing((Policy p) -> p.meta().issued())
                .thenComparing(Policy::id)).toList()) {
            p.meta().issuers().forEach(i -> byIssuer.computeIfAbsent(i, k -> new ArrayList<>()).add(entry(p, "")));
        }
        return byIssuer.entrySet().stream().map(e -> new PrintBook.IssuerEntries(e.getKey(), e.getValue())).toList();
    }

    private static PrintBook.IndexEntry entry(Policy policy, String key) {
        return new PrintBook.IndexEntry(key, policy.title(), BookIds.section(policy));
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
