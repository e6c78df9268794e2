/**
 * The build: {@link org.compendium.core.CompendiumBuilder} runs the stages below in order (load → resolve →
 * history → render → publish) for one {@link org.compendium.core.kernel.BuildRequest}; with {@code kernel} and
 * {@code preview.PreviewSession} it is the API the Maven plugin and the command line use. The order of the
 * packages is kept by {@code ArchitectureTest}: each uses only the packages before it.
 */
package org.compendium.core;
