package org.compendium.core.render.epub;

import java.nio.charset.StandardCharsets;

/**
 * One file of the EPUB container.
 *
 * @param path the zip entry name, e.g. {@code EPUB/package.opf}
 * @param data the file's bytes (not copied: entries are built once and written once)
 */
public record EpubEntry(String path, byte[] data) {

    public static EpubEntry text(String path, String text) {
        return new EpubEntry(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
