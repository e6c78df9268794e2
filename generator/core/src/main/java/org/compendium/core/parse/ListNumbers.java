package org.compendium.core.parse;

import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.OrderedListItem;
import com.vladsch.flexmark.util.ast.Node;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.kernel.LineIndex;

/**
 * An ordered list prints its own numbers, counting from its first one; a source whose numbers skip or repeat
 * ({@code 1.} {@code 2.} {@code 2.}, as official texts sometimes are) would print changed numbers, so each
 * list gets a warning at its first such item, telling how to keep the number as written.
 */
final class ListNumbers {

    private ListNumbers() {
    }

    static void check(Node root, String path, LineIndex lines, Diagnostics diagnostics) {
        for (Node child = root.getFirstChild(); child != null; child = child.getNext()) {
            if (child instanceof OrderedList list) {
                check(list, path, lines, diagnostics);
            }
            check(child, path, lines, diagnostics);
        }
    }

    private static void check(OrderedList list, String path, LineIndex lines, Diagnostics diagnostics) {
        int expected = list.getStartNumber();
        for (Node item = list.getFirstChild(); item != null; item = item.getNext()) {
            if (item instanceof OrderedListItem i) {
                String marker = i.getOpeningMarker().toString();
                int written = number(marker);
                if (written != expected) {
                    diagnostics.warning(lines.position(path, i.getStartOffset()), "list item number [" + marker
                            + "] would print as " + expected + ". (a Markdown list counts on from its first number); "
                            + "expected " + expected + ". here, or the number as text without a space after the dot ["
                            + marker + "项目] or escaped [" + marker.replace(".", "\\.") + " 项目]");
                    return;
                }
                expected++;
            }
        }
    }

    private static int number(String marker) {
        try {
            return Integer.parseInt(marker.substring(0, marker.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
