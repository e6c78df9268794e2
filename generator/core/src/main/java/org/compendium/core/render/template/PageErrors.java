package org.compendium.core.render.template;

import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.compendium.core.kernel.Diagnostics;

/**
 * The runtime template errors of a set of pages (or books), reported once per place in the templates: a broken
 * line of the layout fails every page, and is listed once, naming the first content file whose page failed there
 * (in path order) and how many other pages did, instead of once per page. Thread-safe.
 */
public final class PageErrors {
    private record Place(String path, int line, int column, String problem) {
    }

    /** The pages that failed at one place: how many, and the content files of those made from one. */
    private record Pages(AtomicInteger count, NavigableSet<String> sources) {
    }

    private final Map<Place, Pages> pages = new ConcurrentHashMap<>();
    /** What is rendered, for the count: page (the site), book (an edition). */
    private final String noun;

    /** The errors of the site's pages. */
    public PageErrors() {
        this("page");
    }

    /** @param noun what each rendering makes, for the count: "book" says "(and 2 other books)" */
    public PageErrors(String noun) {
        this.noun = noun;
    }

    /** @param source the content file of the page being rendered, or empty (a list page) */
    public void add(String path, int line, int column, String problem, String source) {
        Pages failed = pages.computeIfAbsent(new Place(path, line, column, problem),
                p -> new Pages(new AtomicInteger(), new ConcurrentSkipListSet<>()));
        failed.count().incrementAndGet();
        if (!source.isEmpty()) {
            failed.sources().add(source);
        }
    }

    public void reportTo(Diagnostics diagnostics) {
        pages.forEach((place, failed) -> {
            int others = failed.count().get() - 1;
            String where = failed.sources().isEmpty() ? (others > 0 ? " on " + (others + 1) + " " + noun + "s" : "")
                    : " while rendering " + failed.sources().first()
                    + (others > 0 ? " (and " + others + " other " + noun + (others > 1 ? "s" : "") + ")" : "");
            diagnostics.error(place.path(), place.line(), place.column(), "template error" + where + ": "
                    + place.problem());
        });
    }
}
