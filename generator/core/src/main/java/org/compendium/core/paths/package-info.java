/** Where things go on the site: the URL and file path rules every format links by. */
package org.compendium.core.paths;
