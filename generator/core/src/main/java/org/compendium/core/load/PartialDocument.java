package org.compendium.core.load;

import com.vladsch.flexmark.util.ast.Document;
import java.util.Optional;
import org.compendium.core.parse.DocumentAnchors;

/**
 * A file whose front matter has errors but whose body parsed: it is left out of the compendium, yet its
 * links are still checked, so one run reports every error.
 *
 * @param declaredId the id its front matter gives when that value is valid itself (another key failed), so
 *                   references to the file are not reported as unknown ids; empty when it could not be read
 */
public record PartialDocument(SourceFile source, Document ast, DocumentAnchors anchors, Optional<String> declaredId)
        implements ParsedFile {

    @Override
    public String id() {
        return "file:" + source.path();
    }
}
