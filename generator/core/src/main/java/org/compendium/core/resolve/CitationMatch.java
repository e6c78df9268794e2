package org.compendium.core.resolve;

/**
 * A 《title》 citation or 文号 mention found in a text node, linked to the policy it names.
 *
 * @param start    offset in the text node's characters where the link starts (inside 《》 for titles)
 * @param end      offset just after the linked text
 * @param targetId the policy cited
 */
public record CitationMatch(int start, int end, String targetId) {
}
