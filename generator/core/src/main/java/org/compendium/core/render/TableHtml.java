package org.compendium.core.render;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCaption;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import java.util.Locale;

/** GFM tables as Flexmark's table renderer wrote them, a cell's alignment as an {@code align-…} class. */
final class TableHtml {
    private final BodyHtml body;

    TableHtml(BodyHtml body) {
        this.body = body;
    }

    /** @return whether {@code node} is part of a table */
    boolean render(Node node) {
        switch (node) {
            case TableBlock n -> body.indented("table", n);
            case TableHead n -> body.wrapped("thead", n);
            case TableBody n -> body.wrapped("tbody", n);
            case TableRow n -> body.wrapped("tr", n);
            case TableCaption n -> body.wrapped("caption", n);
            case TableCell n -> cell(n);
            case TableSeparator n -> { }
            default -> {
                return false;
            }
        }
        return true;
    }

    private void cell(TableCell node) {
        String tag = node.isHeader() ? "th" : "td";
        if (node.getAlignment() == null) {
            body.open(tag, node);
        } else {
            body.open(tag, node, "class", "align-" + node.getAlignment().name().toLowerCase(Locale.ROOT));
        }
        body.children(node);
        body.close(tag);
    }
}
