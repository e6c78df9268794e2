/** The vocabulary every stage shares: the build request, diagnostics and source positions. Part of the API. */
package org.compendium.core.kernel;
