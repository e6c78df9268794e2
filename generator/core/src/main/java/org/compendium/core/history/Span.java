package org.compendium.core.history;

/**
 * A run of characters of one side of a clause comparison.
 *
 * @param text    the characters
 * @param changed true when they were deleted (on the 修改前 side) or inserted (on the 修改后 side)
 */
public record Span(String text, boolean changed) {
}
