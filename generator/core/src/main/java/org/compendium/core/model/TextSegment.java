package org.compendium.core.model;

/**
 * Text of a body from one anchor up to the next.
 *
 * @param anchor the anchor the text follows, or empty for text before the first anchor
 * @param text   plain text, blocks separated by newlines
 */
public record TextSegment(String anchor, String text) {
}
