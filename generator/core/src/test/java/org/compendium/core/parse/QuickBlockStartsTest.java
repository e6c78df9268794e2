package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;

/** The quick heading, fence, thematic-break and list starts parse every document into the same tree as Flexmark's own factories. */
class QuickBlockStartsTest {
    private static final List<String> LINES = List.of(
            "# 标题", "## 第一章　总则", "###### 六级", "####### 七个井号", "#没有空格", "  # 缩进标题", "    # 代码",
            "标题 #", "一级标题", "===", "二级标题", "---", "- - -", "***", "___", " ===  ", "=", "-", "--",
            "```", "```java", "~~~", "~~~ 说明", "``", "``` 含有 ` 的", "    ```", "  ~~~", "````", "`代码`",
            "第一条　为了规范管理，制定本办法。", "（一）项目申报；", "1. 编号", "2) 编号", "- 列表项", "* 列表项",
            "+ 列表项", "> 引用", "> # 引用中的标题", "> ```", "| 甲 | 乙 |", "|---|---|", "<div>", "</div>",
            "[^1]: 脚注", "[r]: http://example.com", "", "", "\t# 制表符", "\u3000# 全角空格", "- # 列表中的标题",
            "1. ```", "> ---", "   ---", "    ---", "  - 嵌套项", "   1. 嵌套编号", "  续行", "10. 十项",
            "1234567890. 太长的编号", "-没有空格", "1.没有空格", "  > 列表中的引用", "  ---", "* * *", "_ _ _",
            "    - 代码中的项", "  2) 第二项", "-", "1.", "  ", "\t- 制表符项", "9. 九项");

    @Test
    void parsesAsFlexmarksOwnFactories() throws IOException {
        Parser quick = Parser.builder(MarkdownParser.options()).build();
        Parser flexmark = Parser.builder(flexmarkOptions()).build();
        List<String> documents = documents();
        for (String text : documents) {
            assertEquals(tree(flexmark.parse(text)), tree(quick.parse(text)), text);
        }
        assertTrue(documents.size() > 1500 + LINES.size() * 8, "documents: " + documents.size());
    }

    @Test
    void sharedHeadingStartsParseAlikeOnEveryThread() {
        Parser quick = Parser.builder(MarkdownParser.options()).build();
        Parser flexmark = Parser.builder(flexmarkOptions()).build();
        List<String> documents = randomDocuments(new Random(7), 200);
        List<String> expected = documents.stream().map(d -> tree(flexmark.parse(d))).toList();
        List<String> actual = IntStream.range(0, documents.size()).parallel()
                .mapToObj(n -> tree(quick.parse(documents.get(n)))).toList();
        assertEquals(expected, actual);
    }

    @Test
    void blockStartsAreTriedInFlexmarksOrder() throws ReflectiveOperationException {
        List<String> quick = factoryOrder(Parser.builder(MarkdownParser.options()).build()).stream()
                .map(name -> name.replace("QuickBlockStarts$HeadingStarts", "HeadingParser$Factory")
                        .replace("QuickBlockStarts$FenceStarts", "FencedCodeBlockParser$Factory")
                        .replace("QuickBlockStarts$ThematicBreakStarts", "ThematicBreakParser$Factory")
                        .replace("QuickBlockStarts$ListStarts", "ListBlockParser$Factory")).toList();
        assertEquals(factoryOrder(Parser.builder(flexmarkOptions()).build()), quick);
    }

    private static List<String> factoryOrder(Parser parser) throws ReflectiveOperationException {
        Field field = Parser.class.getDeclaredField("blockParserFactories");
        field.setAccessible(true);
        return ((List<?>) field.get(parser)).stream().map(f -> f.getClass().getName().replaceAll(".*\\.", "")).toList();
    }

    private static MutableDataSet flexmarkOptions() {
        MutableDataSet options = new MutableDataSet(MarkdownParser.options());
        options.set(Parser.EXTENSIONS, List.of(TablesExtension.create(), FootnoteExtension.create(),
                StrikethroughExtension.create()));
        options.set(Parser.HEADING_PARSER, true);
        options.set(Parser.FENCED_CODE_BLOCK_PARSER, true);
        options.set(Parser.THEMATIC_BREAK_PARSER, true);
        options.set(Parser.LIST_BLOCK_PARSER, true);
        return options;
    }

    /** The Markdown files of the tests and the demo, each line pair, and random mixes of the lines. */
    private static List<String> documents() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path root : List.of(ContentFolder.RESOURCES, ContentFolder.PROJECT.resolve("content"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList()) {
                    String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
                    if (MarkupRuns.firstLongerThan(text, 0, MarkdownParser.MAX_MARKUP_RUN).isEmpty()) {
                        out.add(text); // (the others MarkdownParser refuses: they would overflow Flexmark's stack)
                    }
                }
            }
        }
        for (String first : LINES) {
            for (String second : List.of("", "一级标题", "---", "===", "```", "- 列表项", "# 标题", "> 引用")) {
                out.add(first + "\n" + second + "\n正文\n");
            }
        }
        out.addAll(randomDocuments(new Random(20261129), 1500));
        return out;
    }

    private static List<String> randomDocuments(Random random, int count) {
        List<String> out = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, lines = 1 + random.nextInt(14); i < lines; i++) {
                text.append(LINES.get(random.nextInt(LINES.size()))).append(random.nextInt(4) == 0 ? "\n\n" : "\n");
            }
            out.add(random.nextInt(6) == 0 ? text.toString().replace("\n", "\r\n") : text.toString());
        }
        return out;
    }

    /** Every node's type, source range and characters, indented by depth. */
    private static String tree(Node root) {
        StringBuilder out = new StringBuilder();
        tree(root, 0, out);
        return out.toString();
    }

    private static void tree(Node node, int depth, StringBuilder out) {
        out.append("  ".repeat(depth)).append(node.getClass().getSimpleName()).append('[')
                .append(node.getStartOffset()).append(',').append(node.getEndOffset()).append("] ")
                .append(node.getChars().toString().replace("\n", "\\n")).append('\n');
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            tree(child, depth + 1, out);
        }
    }
}
