package org.compendium.core.publish;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Optional;

/**
 * The site's file names hold Chinese (category and issuer folders). The JVM encodes file names in the
 * charset of the process locale ({@code sun.jnu.encoding}); under {@code LANG=C} or a locale that is not
 * installed that is ASCII, and writing such a file fails. This check says so before anything is written.
 */
public final class FileNames {
    private static final String SAMPLE = "示例市科学技术局";

    private FileNames() {
    }

    /** A message for the user when this JVM cannot write Chinese file names, else empty. */
    public static Optional<String> problem() {
        String encoding = System.getProperty("sun.jnu.encoding", "UTF-8");
        try {
            if (Charset.forName(encoding).newEncoder().canEncode(SAMPLE)) {
                return Optional.empty();
            }
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
        return Optional.of("file names cannot hold Chinese characters in this JVM [sun.jnu.encoding=" + encoding
                + "]; expected a UTF-8 locale: set LANG=C.UTF-8 (or another installed UTF-8 locale) and build again");
    }
}
