package org.compendium.core.render.html;

import org.compendium.core.history.Comparison;

/**
 * A revision (old → new through superseded_by) with its 修订对照表 page.
 *
 * @param url the comparison page, relative to the site root
 */
public record RevisionLink(PolicyEntry before, PolicyEntry after, String url, Comparison comparison) {
}
