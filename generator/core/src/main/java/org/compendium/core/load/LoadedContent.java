package org.compendium.core.load;

import java.util.List;
import java.util.Set;
import org.compendium.core.model.SiteConfig;

/**
 * Everything read from a content folder.
 *
 * @param documents   valid documents, sorted by path, ids unique
 * @param partials    files whose front matter has errors, kept only to check their links and so that the ids
 *                    they declare are not reported as unknown
 * @param failedPaths documents that had errors of their own; links to them are not reported again
 * @param assets      files under {@code assets/}, relative to the content root
 */
public record LoadedContent(SiteConfig config, List<SourceDocument> documents, List<PartialDocument> partials,
                            Set<String> failedPaths, Set<String> assets) {
}
