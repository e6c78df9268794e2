package org.compendium.core.resolve;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.ast.NodeVisitor;
import com.vladsch.flexmark.util.ast.VisitHandler;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds automatic cross-references in running text: {@code 《Title》} where Title is exactly another
 * policy's title, and a known 发文字号 such as 厦科〔2019〕12号. Text inside links and code is left alone.
 */
final class CitationScanner {
    private static final Pattern NUMBER_CORE = Pattern.compile("〔\\d{4}〕\\d+号");
    private static final int MAX_AGENCY_CHARS = 16;
    private final Map<String, String> idByTitle;
    private final Map<String, String> idByDocNumber;

    /** @param idByTitle unambiguous policy titles; @param idByDocNumber unambiguous 发文字号 */
    CitationScanner(Map<String, String> idByTitle, Map<String, String> idByDocNumber) {
        this.idByTitle = idByTitle;
        this.idByDocNumber = idByDocNumber;
    }

    /** Matches per text node of the document whose id is {@code selfId}; self-citations are not linked. */
    Map<Node, List<CitationMatch>> scan(Node document, String selfId) {
        Map<Node, List<CitationMatch>> found = new IdentityHashMap<>();
        new NodeVisitor(new VisitHandler<>(Text.class, text -> {
            if (!insideLink(text)) {
                List<CitationMatch> matches = matches(text.getChars().toString(), selfId);
                if (!matches.isEmpty()) {
                    found.put(text, matches);
                }
            }
        })).visit(document);
        return found;
    }

    List<CitationMatch> matches(String text, String selfId) {
        List<CitationMatch> out = new ArrayList<>();
        int open = text.indexOf('《');
        while (open >= 0) {
            int close = text.indexOf('》', open + 1);
            if (close < 0) {
                break;
            }
            String id = idByTitle.get(text.substring(open + 1, close));
            if (id != null && !id.equals(selfId)) {
                out.add(new CitationMatch(open + 1, close, id));
            }
            open = text.indexOf('《', close + 1);
        }
        if (text.indexOf('〔') >= 0) {
            docNumbers(text, selfId, out);
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** 发文字号 citations; {@code out} holds the title citations found before, which take precedence. */
    private void docNumbers(String text, String selfId, List<CitationMatch> out) {
        Matcher m = NUMBER_CORE.matcher(text);
        while (m.find()) {
            for (int start = m.start() - 1; start >= Math.max(0, m.start() - MAX_AGENCY_CHARS); start--) {
                String id = idByDocNumber.get(text.substring(start, m.end()));
                if (id != null) {
                    if (!id.equals(selfId) && out.stream().noneMatch(c -> c.start() <= m.start() && c.end() >= m.end())) {
                        out.add(new CitationMatch(start, m.end(), id));
                    }
                    break;
                }
            }
        }
    }

    static boolean insideLink(Node node) {
        for (Node p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof Link || p instanceof LinkRef || p instanceof AutoLink || p instanceof Image
                    || p instanceof ImageRef || p instanceof Code) {
                return true;
            }
        }
        return false;
    }
}
