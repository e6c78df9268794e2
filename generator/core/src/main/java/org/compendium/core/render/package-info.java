/** Stage 4: bodies rendered once to HTML, then one {@code OutputRenderer} per format (subpackages). */
package org.compendium.core.render;
