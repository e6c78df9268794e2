package org.compendium.maven;

import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/** Builds the site, the PDF and the EPUB editions into the output folder ({@code compendium:build}). */
@Mojo(name = "build", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class BuildMojo extends AbstractCompendiumMojo {
    /** Only validate the content; write nothing (same as the {@code check} goal). */
    @Parameter(property = "compendium.checkOnly", defaultValue = "false")
    boolean checkOnly;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("compendium: skipped");
            return;
        }
        run(request(checkOnly));
    }
}
