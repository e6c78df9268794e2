package org.compendium.core.internal;

import java.text.Collator;
import java.util.Locale;

/** The pinyin order of Chinese names (categories, issuing bodies) in the site's lists and the books' indexes. */
public final class Pinyin {

    private Pinyin() {
    }

    /**
     * A collator for Chinese in pinyin order. The JDK compiles the collation rules on the first call of a
     * process (a few dozen milliseconds) and hands out copies afterwards.
     */
    public static Collator order() {
        return Collator.getInstance(Locale.CHINA);
    }
}
