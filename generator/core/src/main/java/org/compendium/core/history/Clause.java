package org.compendium.core.history;

/**
 * One unit of a text version for a comparison: a numbered clause, a heading, the text before the first
 * clause, or a line of front matter.
 *
 * @param key   what identifies it across versions by number: its anchor ({@code sec-2-3}, {@code art-5}), or
 *              {@code meta:KEY} for a front-matter line
 * @param label where it is, as a reader names it: 二、（三）, 第五条, 发布日期 (empty for text before any clause)
 * @param text  its full text as printed, numbering included
 */
public record Clause(String key, String label, String text) {
}
