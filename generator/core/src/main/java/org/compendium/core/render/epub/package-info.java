/** The EPUB 3 edition of each year. */
package org.compendium.core.render.epub;
