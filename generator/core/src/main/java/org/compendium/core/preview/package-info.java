/** The live preview: watches the content, rebuilds what an edit affects, serves it. Uses the build. */
package org.compendium.core.preview;
