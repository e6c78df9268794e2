package org.compendium.core.publish;

import java.nio.file.Path;

/** Another build holds the lock of the output folder (see {@link OutputLock}). */
public final class OutputLockedException extends PublishRefusedException {
    public OutputLockedException(Path output, String owner) {
        super(output, "output folder is being built by " + owner + " [" + output + "]; expected one build at a"
                + " time per output folder: wait for that build to finish, or give this one another --output");
    }
}
