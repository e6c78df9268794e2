/** The site's search index. */
package org.compendium.core.render.search;
