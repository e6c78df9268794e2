/** Stage 2: links, citations and note passages resolved across documents. */
package org.compendium.core.resolve;
