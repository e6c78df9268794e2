/**
 * The build: {@link org.compendium.core.ContentCompiler} is the one route from a content folder to the
 * {@code Compendium} (load → parse → resolve → bodies), from nothing for a build, from its last compile for the
 * preview; {@link org.compendium.core.CompendiumBuilder} runs it, then the formats and the publisher, for one
 * {@link org.compendium.core.kernel.BuildRequest}; with {@code kernel} and
 * {@code preview.PreviewSession} it is the API the Maven plugin and the command line use. The order of the
 * packages is kept by {@code ArchitectureTest}: each uses only the packages before it.
 */
package org.compendium.core;
