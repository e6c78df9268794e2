/** Markdown to a tree with clause anchors and numbering; called by {@code load} for each file. */
package org.compendium.core.parse;
