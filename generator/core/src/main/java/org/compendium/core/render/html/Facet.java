package org.compendium.core.render.html;

import java.util.List;

/**
 * A list page of policies sharing one value: a year, a category, an issuing body or a status.
 *
 * @param kind     what the value is, e.g. 主题分类
 * @param name     the value, e.g. 研发投入
 * @param folder   the list page's folder relative to the site root, as on disk (may hold Chinese)
 * @param url      the list page (folder + index.html) percent-encoded, for links
 * @param policies newest first
 */
public record Facet(String kind, String name, String folder, String url, List<PolicyEntry> policies) {

    public Facet {
        policies = List.copyOf(policies);
    }

    public int count() {
        return policies.size();
    }
}
