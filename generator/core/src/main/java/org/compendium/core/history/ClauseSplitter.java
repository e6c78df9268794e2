package org.compendium.core.history;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.LineIndex;
import org.compendium.core.model.Anchor;
import org.compendium.core.model.AnchorKind;
import org.compendium.core.model.Body;
import org.compendium.core.model.TextSegment;
import org.compendium.core.parse.AnchorAssigner;
import org.compendium.core.parse.DocumentAnchors;
import org.compendium.core.parse.MarkdownParser;
import org.compendium.core.parse.TextSegments;

/**
 * Splits a version of a text into the clauses a comparison aligns: the text from one clause anchor to the
 * next, labelled with the numbering of the clause and of the clauses it is in (二、（三）1.).
 */
public final class ClauseSplitter {
    private static final MarkdownParser PARSER = new MarkdownParser();
    private static final Map<String, String> KEYS = Map.ofEntries(Map.entry("id", "标识"), Map.entry("title", "标题"),
            Map.entry("doc_number", "发文字号"), Map.entry("issuer", "发布机关"), Map.entry("issued", "发布日期"),
            Map.entry("effective", "施行日期"), Map.entry("expires", "有效期至"), Map.entry("repealed", "废止日期"),
            Map.entry("superseded_by", "修订后文件"), Map.entry("category", "主题分类"), Map.entry("tags", "标签"),
            Map.entry("interprets", "解读对象"), Map.entry("form", "解读形式"), Map.entry("year", "年份"));

    private ClauseSplitter() {
    }

    /** The clauses of a rendered body (a policy as it is now). */
    public static List<Clause> of(Body body) {
        return of(body.anchors(), body.segments());
    }

    /**
     * The clauses of a Markdown source file as committed (an earlier version of a document): each line of
     * its front matter, then the clauses of its text.
     */
    public static List<Clause> ofSource(String source) {
        String text = source.replace("\r\n", "\n");
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<Clause> out = new ArrayList<>();
        int bodyOffset = frontMatter(text, out);
        var ast = PARSER.parse(text, bodyOffset);
        LineIndex lines = new LineIndex(text);
        DocumentAnchors anchors = AnchorAssigner.assign(ast, lines);
        out.addAll(of(anchors.all(), TextSegments.of(ast, anchors, lines)));
        return out;
    }

    /** Adds the front matter's lines (a key with its continuation lines) and returns where the body starts. */
    private static int frontMatter(String text, List<Clause> out) {
        if (!text.startsWith("---\n")) {
            return 0;
        }
        int start = 4;
        int end = start;
        String key = null;
        StringBuilder value = new StringBuilder();
        while (end < text.length()) {
            int eol = text.indexOf('\n', end);
            String line = text.substring(end, eol < 0 ? text.length() : eol);
            int next = eol < 0 ? text.length() : eol + 1;
            if (line.strip().equals("---")) {
                flush(key, value, out);
                return next;
            }
            boolean top = !line.isEmpty() && !Character.isWhitespace(line.charAt(0)) && !line.startsWith("#")
                    && line.contains(":");
            if (top) {
                flush(key, value, out);
                key = line.substring(0, line.indexOf(':')).strip();
                value.setLength(0);
                value.append(line.strip());
            } else if (key != null && !line.isBlank()) {
                value.append('\n').append(line.strip());
            }
            end = next;
        }
        out.clear(); // no closing line: not front matter
        return 0;
    }

    private static void flush(String key, StringBuilder value, List<Clause> out) {
        if (key != null) {
            out.add(new Clause("meta:" + key, KEYS.getOrDefault(key, key), value.toString()));
        }
    }

    private static List<Clause> of(List<Anchor> anchors, List<TextSegment> segments) {
        Map<String, Anchor> byId = new HashMap<>();
        Map<String, String> labels = new HashMap<>();
        String[] path = new String[16];
        for (Anchor a : anchors) {
            byId.put(a.id(), a);
            if (a.kind() == AnchorKind.PASSAGE || a.number().isEmpty()) {
                continue;
            }
            int depth = Math.max(1, Math.min(path.length, a.depth()));
            path[depth - 1] = a.number();
            java.util.Arrays.fill(path, depth, path.length, null);
            StringBuilder label = new StringBuilder();
            for (int d = 0; d < depth; d++) {
                if (path[d] != null && (a.kind() == AnchorKind.OUTLINE || d == depth - 1)) {
                    label.append(path[d]);
                }
            }
            labels.put(a.id(), label.toString());
        }
        List<Clause> out = new ArrayList<>();
        for (TextSegment s : segments) {
            Anchor a = byId.get(s.anchor());
            String key = s.anchor().isEmpty() ? "preamble" : s.anchor();
            String label = labels.getOrDefault(s.anchor(), "");
            // Each block (line) of the segment is a unit of its own: the title and the preamble, or an article's
            // paragraphs, are compared one by one.
            String[] blocks = s.text().split("\n");
            for (int i = 0; i < blocks.length; i++) {
                String text = blocks[i];
                if (i == 0 && a != null && !a.number().isEmpty() && !text.startsWith(a.number())) {
                    text = a.number() + (a.number().endsWith(".") ? " " : "") + text;
                }
                out.add(new Clause(i == 0 ? key : key + "~" + i, label, text));
            }
        }
        return out;
    }
}
