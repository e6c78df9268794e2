package org.compendium.core.render.search;

import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.TreeSet;
import java.util.function.Function;
import org.compendium.core.internal.Json;
import org.compendium.core.model.Body;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.model.Status;
import org.compendium.core.model.Summary;
import org.compendium.core.paths.SitePaths;

/**
 * A searchable page: policies (newest first), then interpretation notes, then annual summaries.
 *
 * @param kind     政策文件, 政策解读 or 年度综述
 * @param status   the policy's status, or null for notes and summaries
 * @param text     what is searched: title, 文号, issuers and the body text
 * @param bodyStart where the body starts in {@code text} (UTF-16 units): result snippets come from the body
 */
record SearchDocument(String title, String url, String kind, Status status, String date, String category,
                      String docNumber, String text, int bodyStart) {

    static List<SearchDocument> all(Compendium c) {
        return all(c, Body::text);
    }

    /** @param bodyText the text of a body (a cache may answer for bodies seen before) */
    static List<SearchDocument> all(Compendium c, Function<Body, String> bodyText) {
        List<SearchDocument> docs = new ArrayList<>();
        for (Policy p : c.policies().stream().sorted(Compendium.NEWEST_FIRST).toList()) {
            docs.add(of(p, c, bodyText));
        }
        for (Interpretation i : c.interpretations()) {
            docs.add(of(i, c, bodyText));
        }
        for (Summary s : c.summaries()) {
            docs.add(of(s, c, bodyText));
        }
        return docs;
    }

    /** One document's entry, as {@link #all} gives it. */
    static SearchDocument of(Document d, Compendium c, Function<Body, String> bodyText) {
        return switch (d) {
            case Policy p -> of(p, c, bodyText);
            case Interpretation i -> of(i, c, bodyText);
            case Summary s -> of(s, c, bodyText);
        };
    }

    private static SearchDocument of(Policy p, Compendium c, Function<Body, String> bodyText) {
        var m = p.meta();
        String head = p.title() + "\n" + m.docNumber().map(n -> n + "\n").orElse("") + m.issuerText() + "\n";
        return new SearchDocument(p.title(), SitePaths.page(p), "政策文件", c.status(p), m.issued().toString(),
                m.category().orElse(""), m.docNumber().orElse(""), head, bodyText.apply(p.body()));
    }

    private static SearchDocument of(Interpretation i, Compendium c, Function<Body, String> bodyText) {
        var policy = c.policy(i.meta().interprets()).orElseThrow();
        String head = i.title() + "\n" + i.meta().form().label() + "\n";
        return new SearchDocument(i.title(), SitePaths.page(i), "政策解读", null, i.meta().issued().toString(),
                policy.meta().category().orElse(""), "", head, bodyText.apply(i.body()));
    }

    private static SearchDocument of(Summary s, Compendium c, Function<Body, String> bodyText) {
        String head = s.title() + "\n";
        return new SearchDocument(s.title(), SitePaths.page(s), "年度综述", null, s.year() + "-12-31", "", "",
                head, bodyText.apply(s.body()));
    }

    /** The entry of {@code head} (title first) and {@code body}, whose own title line snippets skip too. */
    private SearchDocument(String title, String url, String kind, Status status, String date, String category,
                           String docNumber, String head, String body) {
        this(title, url, kind, status, date, category, docNumber, head + body,
                head.length() + (body.startsWith(title + "\n") ? title.length() + 1 : 0));
    }

    /** The same entry in the document list (everything but the text). */
    boolean sameEntry(SearchDocument o) {
        return title.equals(o.title) && url.equals(o.url) && kind.equals(o.kind) && status == o.status
                && date.equals(o.date) && category.equals(o.category) && docNumber.equals(o.docNumber);
    }

    /**
     * {@code {"shards":S,"statuses":{…},"fold":{…},"categories":[…],"docs":[[title,url,kind,status,date,category,文号],…]}}
     * ({@code fold}: {@link SearchText#BRACKETS}, which the browser applies as the generator does).
     */
    static String metaJson(List<SearchDocument> docs, int shards) {
        List<String> categories = new ArrayList<>(new TreeSet<>(docs.stream().map(SearchDocument::category)
                .filter(s -> !s.isEmpty()).toList()));
        StringJoiner list = new StringJoiner(",\n", "[\n", "]");
        for (SearchDocument d : docs) {
            StringJoiner row = new StringJoiner(",", "[", "]");
            row.add(Json.string(d.title())).add(Json.string(d.url())).add(Json.string(d.kind()))
                    .add(d.status() == null ? "\"\"" : Json.string(d.status().slug()))
                    .add(Json.string(d.date())).add(Integer.toString(categories.indexOf(d.category())))
                    .add(Json.string(d.docNumber()));
            list.add(row.toString());
        }
        StringJoiner cats = new StringJoiner(",", "[", "]");
        categories.forEach(c -> cats.add(Json.string(c)));
        StringJoiner statuses = new StringJoiner(",", "{", "}");
        for (Status s : Status.values()) {
            statuses.add(Json.string(s.slug()) + ":" + Json.string(s.label()));
        }
        StringJoiner fold = new StringJoiner(",", "{", "}");
        SearchText.BRACKETS.forEach((from, to) -> fold.add(Json.string(from) + ":" + Json.string(to)));
        return "{\"shards\":" + shards + ",\"statuses\":" + statuses + ",\"fold\":" + fold + ",\"categories\":" + cats
                + ",\"docs\":" + list + "}";
    }
}
