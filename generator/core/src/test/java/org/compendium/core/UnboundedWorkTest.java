package org.compendium.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;
import org.compendium.core.parse.MarkdownParser;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Small files that made the parser work for minutes (issue 16, item 5): each builds or fails with a positioned
 * error. The time limits are hang guards far above what these take (well under a second each); the budget in
 * seconds per megabyte is the benchmark's ({@code org.compendium.bench.Pathological}, docs/benchmarks.md), not these tests'.
 */
class UnboundedWorkTest {
    private static final String FRONT = "---\nid: shape\ntitle: 形状\nissuer: 示例市科学技术局\nissued: 2023-05-01\n---\n\n";
    private static final String COSTLY = "error: Markdown paragraph too costly to parse [more than 100 reads per character]";
    @TempDir
    java.nio.file.Path tmp;

    private List<String> check(String body) {
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/shape.md", FRONT + body);
        return assertTimeoutPreemptively(Duration.ofSeconds(60), () -> content.printed(content.check()));
    }

    @Test
    void unclosedLinkDestinationsAreAPositionedErrorNotMinutesOfRereading() {
        // 150 KB; the old parser reread the rest of the line at every "](" (62 s) and then reported nothing.
        List<String> printed = check("前文\n\n" + "[a](b".repeat(30_000) + "\n");
        assertEquals(1, printed.size(), printed.toString());
        assertTrue(printed.get(0).startsWith("content/policies/2023/shape.md:10:1: " + COSTLY), printed.get(0));
    }

    @Test
    void anUnclosedLinkTitleIsAPositionedErrorNotAStackOverflow() {
        // The link title's regular expression recursed once per character: StackOverflowError, "internal error".
        List<String> printed = check("[ (](".repeat(30_000) + "\n");
        assertEquals(1, printed.size(), printed.toString());
        assertTrue(printed.get(0).startsWith("content/policies/2023/shape.md:8:1: error: Markdown paragraph too"),
                printed.get(0));
        assertTrue(printed.stream().noneMatch(l -> l.contains(CompendiumBuilder.INTERNAL_ERROR)), printed.toString());
    }

    @Test
    void thousandsOfListsOpenedOnOneLineAreRefusedBeforeParsing() {
        // The error names the 65th marker (column 193), found by a scan of the line before the parser runs;
        // the old code parsed for 97 s and then named the 33rd (the tree's depth counts list and item).
        List<String> printed = check("1. ".repeat(30_000) + "x\n");
        assertEquals(List.of("content/policies/2023/shape.md:8:193: error: Markdown nested too deeply [more than "
                + MarkdownParser.MAX_DEPTH + " levels of quotes, lists or inline markup]; expected at most "
                + MarkdownParser.MAX_DEPTH + " levels"), printed);
        assertEquals(printed.get(0).replace("8:193", "8:129"), check("+ ".repeat(30_000) + "x\n").get(0));
    }

    @Test
    void aHundredThousandNumberedLinesSplitInLinearTime() {
        // One paragraph of 100,000 lines: splitting it line by line from the front moved the rest of the
        // paragraph each time (43 s for 30,000 lines, minutes for these); from the back every node moves once.
        StringBuilder body = new StringBuilder();
        IntStream.rangeClosed(1, 100_000).forEach(i -> body.append("第").append(i).append("条 x\n"));
        var document = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new MarkdownParser().parse(body.toString(), 0));
        assertEquals(100_000, countParagraphs(document));
        var last = document.getLastChild();
        assertEquals("第100000条 x", last.getChars().toString().strip());
        assertEquals("第1条 x", document.getFirstChild().getChars().toString());
    }

    @Test
    void aTableOfAHundredAndTwentyThousandRowsParsesInLinearTime() {
        // Flexmark's own block starts ask each line of an open paragraph for the paragraph so far: a table of
        // 60,000 rows took 40 s to parse, this one four times that; with QuickBlockStarts about 2 and 5 s.
        StringBuilder body = new StringBuilder("| 序号 | 事项 |\n| --- | --- |\n");
        IntStream.rangeClosed(1, 120_000).forEach(i -> body.append("| ").append(i).append(" | 第").append(i).append("项 |\n"));
        var document = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> new MarkdownParser().parse(body.toString(), 0));
        var table = document.getFirstChild();
        assertTrue(table instanceof com.vladsch.flexmark.ext.tables.TableBlock, String.valueOf(table));
        assertEquals("| 120000 | 第120000项 |", table.getLastChild().getLastChild().getChars().toString().strip());
    }

    @Test
    void sixtyThousandFootnotesRenderInLinearTime() throws java.io.IOException {
        // Flexmark's embedded-attribute provider looked for attributes among the document's children for every
        // tag of the footnote list: 30,000 clauses with a footnote each took 24 s to render, these four times that.
        StringBuilder body = new StringBuilder();
        IntStream.rangeClosed(1, 60_000).forEach(i -> body.append("第").append(i).append("条 正文[^").append(i).append("]\n"));
        body.append('\n');
        IntStream.rangeClosed(1, 60_000).forEach(i -> body.append("[^").append(i).append("]: 注").append(i).append("\n"));
        ContentFolder content = ContentFolder.create(tmp).write("policies/2023/shape.md", FRONT + body);
        var result = assertTimeoutPreemptively(Duration.ofSeconds(60), () -> new CompendiumBuilder().build(content.request().build()));
        assertEquals(List.of(), content.printed(result).stream().filter(l -> l.contains("error")).toList());
        String page = java.nio.file.Files.readString(content.root().resolveSibling("site-output/policies/shape/index.html"));
        assertTrue(page.contains("注60000"), "the last footnote is on the page");
    }

    private static int countParagraphs(com.vladsch.flexmark.util.ast.Node document) {
        int n = 0;
        for (var child = document.getFirstChild(); child != null; child = child.getNext()) {
            n += child instanceof com.vladsch.flexmark.ast.Paragraph ? 1 : 0;
        }
        return n;
    }

    @Test
    void realBodiesStayFarBelowTheReadBudget() {
        // 700,000 characters of clauses with links, footnotes, emphasis and code: no error.
        StringBuilder body = new StringBuilder();
        for (int i = 1; i <= 6_000; i++) {
            body.append("第").append(i).append("条 依据[《示例办法》](sl-base.md)和（括号说明），")
                    .append("**重点**支持`代码`事项，具体标准见附件").append(i).append("。[^").append(i).append("]\n");
        }
        body.append('\n');
        for (int i = 1; i <= 6_000; i++) {
            body.append("[^").append(i).append("]: 注释").append(i).append("\n");
        }
        List<String> printed = check(body.toString());
        assertTrue(printed.stream().noneMatch(l -> l.contains("too costly")), printed.toString());
    }
}
