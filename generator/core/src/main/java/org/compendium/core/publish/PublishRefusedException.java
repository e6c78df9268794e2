package org.compendium.core.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The output folder cannot be published to, for a reason the user must resolve (another build holds it,
 * it holds files that are not a build's output): nothing was moved or written. The message is the
 * diagnostic's, {@code what is wrong [value]; expected …}.
 */
public class PublishRefusedException extends IOException {
    private final Path output;

    public PublishRefusedException(Path output, String message) {
        super(message);
        this.output = output;
    }

    /** The output folder concerned. */
    public Path output() {
        return output;
    }
}
