/** The website. */
package org.compendium.core.render.html;
