/** Stage 5: the output folder swapped in atomically, locked, never written in place. */
package org.compendium.core.publish;
