package org.compendium.core.parse;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.LinkNodeBase;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.internal.InvisibleCharacters;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.LineIndex;

/**
 * Control and invisible format characters written as HTML character references ({@code &#x202E;}, {@code &rlm;},
 * {@code &ZeroWidthSpace;}) in text, in raw HTML and in link titles: the file holds only visible ASCII, but every
 * output shows the character, so it is refused as the character itself is (issue 16, "Trojan Source"). Code spans
 * and blocks show a reference as written and are not looked at.
 */
final class EscapedInvisibles {
    private static final Pattern REFERENCE = Pattern.compile("&(?:#[0-9]{1,8}|#[xX][0-9a-fA-F]{1,8}|[A-Za-z][A-Za-z0-9]{1,31});");

    private EscapedInvisibles() {
    }

    static void check(Document document, String path, LineIndex lines, Diagnostics diagnostics) {
        check(document, document, path, lines, diagnostics);
    }

    private static void check(Node node, Document document, String path, LineIndex lines, Diagnostics diagnostics) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof HtmlEntity || child instanceof HtmlInline || child instanceof HtmlBlock) {
                scan(child.getChars().toString(), child.getStartOffset(), path, lines, diagnostics);
            } else if (child instanceof LinkNodeBase link && link.getTitle().isNotNull()) {
                scan(link.getTitle().toString(), link.getTitle().getStartOffset(), path, lines, diagnostics);
            }
            check(child, document, path, lines, diagnostics);
        }
    }

    private static void scan(String text, int offset, String path, LineIndex lines, Diagnostics diagnostics) {
        if (text.indexOf('&') < 0) {
            return;
        }
        Matcher m = REFERENCE.matcher(text);
        while (m.find()) {
            String decoded = Escaping.unescapeString(m.group());
            int c = decoded.equals(m.group()) ? -1 : InvisibleCharacters.first(decoded);
            if (c >= 0) {
                diagnostics.error(lines.position(path, offset + m.start()), message(c, m.group()));
            }
        }
    }

    private static String message(int c, String reference) {
        boolean control = InvisibleCharacters.isControl(c);
        return String.format("%s [U+%04X%s] written as the character reference [%s]; expected visible text only"
                + " (delete it: the text shown would differ from the text stored%s)",
                control ? "control character" : "invisible formatting character", c,
                control ? "" : " " + Character.getName(c), reference,
                InvisibleCharacters.isBidi(c) ? ", as this character changes the order in which the text around it"
                        + " is shown" : "");
    }
}
