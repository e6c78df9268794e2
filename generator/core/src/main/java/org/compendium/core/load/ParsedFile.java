package org.compendium.core.load;

import com.vladsch.flexmark.util.ast.Document;
import org.compendium.core.model.DocumentKind;
import org.compendium.core.parse.DocumentAnchors;

/** A parsed Markdown file: what link checking needs, whether or not its front matter was valid. */
public interface ParsedFile {

    SourceFile source();

    Document ast();

    DocumentAnchors anchors();

    /** The document id, or a stand-in for a file whose front matter has errors. */
    String id();

    default String path() {
        return source().path();
    }

    /** The kind its folder gives, known even when the front matter has errors. */
    default DocumentKind kind() {
        return ContentLoader.ContentFiles.kindOf(path());
    }
}
