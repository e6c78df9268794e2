package org.compendium.core.kernel;

import java.time.ZoneId;

/** The bureau's time zone: dates (build date, as-of, a new document's date) are taken in it, whatever the machine's. */
public final class BureauTime {
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    private BureauTime() {
    }
}
