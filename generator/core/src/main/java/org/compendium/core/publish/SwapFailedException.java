package org.compendium.core.publish;

import java.io.IOException;
import java.nio.file.Path;

/**
 * The new output was written but could not be renamed into place. The message is the diagnostic's
 * ({@code what is wrong [value]; expected …}) and says where the previous output is; the staging folder is gone.
 */
public final class SwapFailedException extends IOException {
    private final Path output;

    public SwapFailedException(Path output, String message, IOException cause) {
        super(message, cause);
        this.output = output;
    }

    /** The output folder concerned. */
    public Path output() {
        return output;
    }
}
