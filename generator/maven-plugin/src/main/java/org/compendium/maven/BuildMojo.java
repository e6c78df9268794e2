package org.compendium.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Builds the site, the PDF and the EPUB editions into the output folder ({@code compendium:build}), one
 * progress line per stage. Does nothing when the output is up to date: no file under the content,
 * templates or font folder, no parameter and no generator class changed since it was built.
 */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractCompendiumMojo {
    /** Only validate the content; write nothing (same as the {@code check} goal). */
    @Parameter(property = "compendium.checkOnly", defaultValue = "false")
    boolean checkOnly;
    /** Build even when the output is up to date. */
    @Parameter(property = "compendium.rebuild", defaultValue = "false")
    boolean rebuild;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            tell("compendium: skipped (compendium.skip)");
            return;
        }
        run(request(checkOnly), rebuild);
    }
}
