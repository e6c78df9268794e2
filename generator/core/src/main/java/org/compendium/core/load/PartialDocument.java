package org.compendium.core.load;

import com.vladsch.flexmark.util.ast.Document;
import org.compendium.core.parse.DocumentAnchors;

/**
 * A file whose front matter has errors but whose body parsed: it is left out of the compendium, yet its
 * links are still checked, so one run reports every error.
 */
public record PartialDocument(SourceFile source, Document ast, DocumentAnchors anchors) implements ParsedFile {

    @Override
    public String id() {
        return "file:" + source.path();
    }
}
