package org.compendium.cli;

import org.compendium.core.testing.CoreApi;
import org.junit.jupiter.api.Test;

/** The command line is a thin adapter: it uses the core's API only (never its stages or {@code internal}). */
class ArchitectureTest {

    @Test
    void usesOnlyTheCoreApi() {
        CoreApi.checkAdapter("org.compendium.cli");
    }
}
