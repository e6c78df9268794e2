package org.compendium.core.load;

import com.vladsch.flexmark.util.ast.Document;
import org.compendium.core.kernel.SourcePosition;
import org.compendium.core.model.DocumentKind;
import org.compendium.core.model.DocumentMeta;
import org.compendium.core.parse.DocumentAnchors;

/** A content document after loading: typed front matter, the Markdown AST and its clause anchors. */
public record SourceDocument(DocumentMeta meta, SourceFile source, FrontMatter frontMatter, Document ast,
                             DocumentAnchors anchors) implements ParsedFile {

    @Override
    public String id() {
        return meta.id();
    }

    /** Where the value of a front-matter key was written (the opening {@code ---} if absent). */
    public SourcePosition valueAt(String key) {
        return frontMatter.entry(key).map(e -> e.value().at()).orElse(frontMatter.start());
    }

    /** Where the id (or a summary's year) was written, for duplicate-id messages. */
    public SourcePosition idAt() {
        return valueAt(meta.kind() == DocumentKind.SUMMARY ? "year" : "id");
    }
}
