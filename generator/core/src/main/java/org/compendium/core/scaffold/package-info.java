/** {@code compendium new}: a content file from templates/new/. Part of the API. */
package org.compendium.core.scaffold;
