/** Stage 1: reads the content folder (UTF-8, front matter, metadata) and has each body parsed. */
package org.compendium.core.load;
