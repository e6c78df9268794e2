/** The print edition (PDF) of each year. */
package org.compendium.core.render.pdf;
