/** FreeMarker, as every format uses it: the staff-editable templates of templates/. */
package org.compendium.core.render.template;
