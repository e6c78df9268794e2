package org.compendium.maven;

import org.compendium.core.testing.CoreApi;
import org.junit.jupiter.api.Test;

/** The Maven plugin is a thin adapter: it uses the core's API only (never its stages or {@code internal}). */
class ArchitectureTest {

    @Test
    void usesOnlyTheCoreApi() {
        CoreApi.checkAdapter("org.compendium.maven");
    }
}
