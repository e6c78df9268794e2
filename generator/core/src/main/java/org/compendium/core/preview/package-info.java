/**
 * The live preview: watches the content, compiles it again with the build's {@code ContentCompiler} from the
 * last compile, writes the pages an edit affects, serves them.
 */
package org.compendium.core.preview;
