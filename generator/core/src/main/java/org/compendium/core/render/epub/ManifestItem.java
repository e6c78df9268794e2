package org.compendium.core.render.epub;

/**
 * One item of the package manifest.
 *
 * @param id         an XML name unique in the package
 * @param href       the URL of the file relative to the package document (percent-encoded)
 * @param mediaType  e.g. {@code application/xhtml+xml}
 * @param properties manifest properties such as {@code nav} or {@code cover-image}; empty for none
 * @param linear     whether the item is in the spine (reading order); assets and the NCX are not
 */
public record ManifestItem(String id, String href, String mediaType, String properties, boolean linear) {

    public static ManifestItem resource(String id, String href, String mediaType) {
        return new ManifestItem(id, href, mediaType, "", false);
    }
}
