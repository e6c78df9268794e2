/** Writing files: {@code OutputFiles} writes only what changed, for the renderers and the publisher. */
package org.compendium.core.output;
