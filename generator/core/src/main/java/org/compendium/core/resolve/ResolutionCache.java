package org.compendium.core.resolve;

import java.util.Optional;
import org.compendium.core.load.SourceDocument;

/**
 * Lets a caller reuse the resolution of documents an edit did not affect, and keep every resolution for the
 * next compile ({@code ContentCompiler}, which a build starts with nothing to reuse and the preview with its
 * last compile). {@link #NONE} reuses and keeps nothing.
 */
public interface ResolutionCache {

    /** Reuses nothing, keeps nothing. */
    ResolutionCache NONE = new ResolutionCache() {
        @Override
        public Optional<DocumentResolution> reuse(SourceDocument doc) {
            return Optional.empty();
        }

        @Override
        public void store(DocumentResolution resolution) {
            // nothing kept
        }
    };

    /** The earlier resolution of this very document (same parsed instance), if it is still valid. */
    Optional<DocumentResolution> reuse(SourceDocument doc);

    /** Called (possibly from several threads) with every document resolved afresh. */
    void store(DocumentResolution resolution);
}
