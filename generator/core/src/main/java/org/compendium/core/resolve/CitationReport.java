package org.compendium.core.resolve;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.HashSet;
import java.util.Set;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.load.LoadedContent;
import org.compendium.core.load.SourceDocument;
import org.compendium.core.model.DocumentKind;

/**
 * The report {@code citations} ({@code --report citations}, {@code -Dcompendium.report=citations}): every
 * 《title》 in running text (not in a link or code) that names no policy of the content, and so stays
 * unlinked, as an info line at its file:line:col. A law or a notice cited but not yet in the content (a
 * missing policy) shows up here instead of passing unnoticed. A document citing its own title is not listed.
 */
public final class CitationReport {

    private CitationReport() {
    }

    /** Adds the report's lines for {@code content} to {@code diagnostics}. */
    public static void add(LoadedContent content, Diagnostics diagnostics) {
        Set<String> titles = new HashSet<>();
        content.documents().stream().filter(d -> d.meta().kind() == DocumentKind.POLICY)
                .forEach(d -> titles.add(d.meta().title()));
        content.documents().parallelStream().forEach(doc -> scan(doc, titles, diagnostics));
    }

    private static void scan(SourceDocument doc, Set<String> titles, Diagnostics diagnostics) {
        new NodeVisitor(new VisitHandler<>(Text.class, text -> {
            if (CitationScanner.insideLink(text)) {
                return;
            }
            String s = text.getChars().toString();
            for (int open = s.indexOf('《'); open >= 0; open = s.indexOf('《', open + 1)) {
                int close = s.indexOf('》', open + 1);
                if (close < 0) {
                    break;
                }
                String title = s.substring(open + 1, close);
                if (title.isBlank() || title.indexOf('《') >= 0 || titles.contains(title)
                        || title.equals(doc.meta().title())) {
                    continue;
                }
                diagnostics.info(doc.source().position(text.getStartOffset() + open), "citation of a document"
                        + " that is not in the content [《" + title + "》]; it stays unlinked: add the document"
                        + " to content/ (or check the title against the policy's title) to link it");
            }
        })).visit(doc.ast());
    }
}
