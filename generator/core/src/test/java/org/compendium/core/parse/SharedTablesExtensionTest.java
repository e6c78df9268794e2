package org.compendium.core.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughExtension;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The shared table pre-processor parses every document as Flexmark's own extension does, on any thread. */
class SharedTablesExtensionTest {
    private static final List<String> DOCUMENTS = List.of(
            "| 项目 | 金额（万元） |\n|:---|---:|\n| 研发投入 | 500 |\n| 奖励 | 50 |\n",
            "第一条　没有表格的段落，含有竖线 | 但不是表格。\n\n| 甲 | 乙 |\n",
            "表头一 | 表头二\n--- | ---\n单元 | 格 | 多出的列\n\n**第二条**　正文。\n",
            "> | 引用 | 中的表 |\n> |---|---|\n> | 一 |\n",
            "- 列表\n\n  | 列 |\n  |----|\n  | 值 |\n");

    @Test
    void parsesTablesAsTheFlexmarkExtensionDoes() {
        HtmlRenderer renderer = HtmlRenderer.builder(MarkdownParser.options()).build();
        Parser shared = Parser.builder(MarkdownParser.options()).build();
        Parser own = Parser.builder(withFlexmarkTables()).build();
        List<String> expected = DOCUMENTS.stream().map(d -> renderer.render(own.parse(d))).toList();
        for (int round = 0; round < 50; round++) {
            List<String> actual = IntStream.range(0, DOCUMENTS.size() * 8).parallel()
                    .mapToObj(n -> renderer.render(shared.parse(DOCUMENTS.get(n % DOCUMENTS.size())))).toList();
            for (int n = 0; n < actual.size(); n++) {
                assertEquals(expected.get(n % DOCUMENTS.size()), actual.get(n));
            }
        }
        assertTrue(expected.get(0).contains("<td align=\"right\">500</td>"), expected.get(0));
    }

    private static MutableDataSet withFlexmarkTables() {
        MutableDataSet options = new MutableDataSet(MarkdownParser.options());
        options.set(Parser.EXTENSIONS, List.of(
                TablesExtension.create(), FootnoteExtension.create(), StrikethroughExtension.create()));
        return options;
    }
}
