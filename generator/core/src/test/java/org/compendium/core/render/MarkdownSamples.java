package org.compendium.core.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Markdown bodies covering every construct the parser produces with the compendium's extensions, alone and
 * in awkward combinations, for comparing renderers.
 */
final class MarkdownSamples {

    private MarkdownSamples() {
    }

    /** One body per construct or combination. */
    static List<String> constructs() {
        List<String> out = new ArrayList<>();
        out.addAll(blocks());
        out.addAll(lists());
        out.addAll(inlines());
        out.addAll(links());
        out.addAll(tables());
        out.addAll(footnotes());
        out.addAll(rawHtml());
        return out;
    }

    private static List<String> blocks() {
        return List.of(
                "",
                "\n\n\n",
                "段落一。\n\n段落二。",
                "# 一级标题 #\n\n## 二级标题 ##\n\n### 三级 ###   \n\n###### 六级\n\n####### 七个井号",
                "Setext 一级\n===\n\nSetext 二级\n---\n\n正文。",
                "# 第一章 总则\n\n## 第一节 一般规定\n\n**第一条** 为了规范。\n\n**第二条** 本办法适用于。",
                "---\n\n***\n\n___\n\n段落\n***",
                "> 引用一行\n> 引用二行\n\n> 引用段一\n>\n> 引用段二",
                "> 外层\n>> 内层\n>>> 更深\n\n正文",
                "```\nplain <code> & \"quotes\"\n\n  indented\n```",
                "```java title=\"x\"\nint a = 1 < 2 && b > c;\n```",
                "```c&amp;x more\n&amp; entity in code\n```\n\n```a\\&amp;b\nescaped info\n```",
                "~~~ python\nprint('~~~')\n~~~\n\n````md\n```\nnested\n```\n````",
                "```\n```\n\n```\n\n\n```",
                "    indented code <&>\n    second line\n\n\n    after blank lines\n\n\n段落",
                "段落\n\n\tindented by tab\n\t\ttwo tabs",
                "第一条 开头。\n第二条 紧接一行。\n（一）第一项；\n（二）第二项。",
                "1.坚持创新。\n2.坚持协调。\n3.坚持绿色。",
                "一、总体要求\n\n（一）指导思想。\n\n1. 第一点\n2. 第二点",
                "行尾两个空格  \n下一行\\\n再下一行",
                "   缩进三个空格的段落\n  续行有空格\n\t续行有制表符");
    }

    private static List<String> lists() {
        return List.of(
                "- 甲\n- 乙\n- 丙",
                "- 甲\n\n- 乙\n\n- 丙",
                "* 星号\n+ 加号\n- 减号",
                "3. 第三\n4. 第四\n\n7) 括号七\n8) 括号八",
                "1. 一\n   - 嵌套甲\n   - 嵌套乙\n     1. 更深\n2. 二\n\n   第二段\n3. 三",
                "- 松散项一\n\n  第二段\n- 紧凑项",
                "> - 引用中的列表\n>   - 嵌套\n> - 第二项\n>\n> 1. 有序\n> 2. 有序二",
                "- > 列表中的引用\n  > 第二行\n- ```\n  列表中的代码\n  ```\n-\n- 空项之后",
                "1. **第一条** 列表中的条款。\n2. **第二条** 又一条。",
                "- [ ] 未勾选\n- [x] 已勾选",
                "10. 十\n11. 十一\n\n0. 零开始",
                "- 一\n-   二（多空格）\n-\t三（制表符）",
                "1. 一\n\n\n2. 二（两个空行）",
                "- 项\n段落续行（懒惰续行）\n\n  - 子项\n\n    子项段落");
    }

    private static List<String> inlines() {
        return List.of(
                "*强调* _下划线强调_ **加粗** __双下划线__ ***两者*** ~~删除~~ ~单波浪~",
                "**问：**如何申报？**答：**按规定。",
                "`代码 <&> \"引号\"` ``含`反引号`` ` 前后空格 `\n`跨\n行代码`",
                "实体：&copy; &amp; &#20013; &#x4E2D; &nbsp; &bogus; &#0; &#32;x &AMP;",
                "转义：\\* \\_ \\` \\[ \\] \\< \\> \\& \\\\ \\# \\!",
                "中文软换行\n接续中文\n*强调*\n接续\nEnglish line\nnext line\n中文\nEnglish",
                "中文，\n「引号」\n（全角括号）\n１２３",
                "硬换行两个空格  \n第二行  \n\n反斜杠\\\n第二行",
                "<b>粗体</b> <i onclick=\"x()\">斜体</i> <span title=\"t\">跨度</span> <br> <br/> <script>x</script>",
                "注释 <!-- 行内注释 --> 之后",
                "按《示例市科技计划项目管理办法》第一条执行，另见《不存在的办法》。",
                "一行很长的文字，后面有多个空格     然后继续；制表符\t之后。",
                "\"双引号\" 'single' <less> & more > x",
                "**跨\n行加粗** *跨\n行强调* ~~跨\n行删除~~");
    }

    private static List<String> links() {
        return List.of(
                "[外链](http://example.com/a?b=1&c=2 \"标题 \\\"引\\\" & <x>\") [无标题](https://example.com)",
                "[相对](sl-base.md) [带锚](sl-base.md#art-1) [本文锚点](#art-1) [坏链](nowhere.md) [空]()",
                "[同一网址](https://example.com/same) 再次 [同一网址](https://example.com/same \"t\")",
                "[js](javascript:alert(1)) ![js图](javascript:x) [JS大写](JAVASCRIPT:x)",
                "[尖括号](<http://example.com/a b> 't') [引号&<>](http://example.com/?q=\"&<>\")",
                "[实体网址](http://example.com/?a=1&amp;b=2&copy;) [转义](http://example.com/\\&amp;x)",
                "![图片 *强调* 与 `代码`](../../assets/images/flow.svg \"图题\") ![无题](../../assets/images/flow.svg)",
                "![](../../assets/images/missing.png) ![外部图](https://example.com/x.png)",
                "[定义引用][r1] [r1] [r1][] [未定义][nope] [nope] [*强调*][nope] ![图引用][i1] ![未定义图][nope]\n\n"
                        + "[r1]: http://example.com/ref \"引用标题\"\n[i1]: ../../assets/images/flow.svg\n",
                "[大小写][R1] [空白 引用][r  1]\n\n[r1]: <http://example.com/ref> 'single'\n[r 1]: #art-1\n",
                "[#frag][#art-1] [frag2][#nothing]",
                "![未定义 \\* &amp; 图][nope] [未定义 \\* &amp; 链][nope] \\[转义括号\\][nope]",
                "<http://example.com/auto?x&y> <https://example.com> <ftp://example.com/file> <mailto:a@example.com>",
                "<someone@example.com> <first.last+tag@sub.example.com>",
                "[同址链接](a@example.com) 后 <a@example.com>；<b@example.com> 先 [同址链接](b@example.com)",
                "[自动链接同址](http://example.com/same-as-auto) <http://example.com/same-as-auto>",
                "网址 www.example.com 和 http://example.com 不是自动链接",
                "[链接中的 <b>HTML</b> 与 `代码`](http://example.com) [[嵌套]](http://example.com)",
                "[链接\n跨行](http://example.com \"标题\n跨行\")",
                "[r2]\n\n[r2]: http://example.com/r2\n[r2]: http://example.com/duplicate\n");
    }

    private static List<String> tables() {
        return List.of(
                "| 类别 | 比例 | 上限 |\n| :--- | :---: | ---: |\n| 甲 | 10% | 200 |\n| 乙 | 15% | 100 |",
                "| 无对齐 | 列二 |\n| --- | --- |\n| 少一格 |\n| 多 | 一 | 格 |",
                "| **粗** | `代码` | [链](http://example.com) |\n|---|---|---|\n| *斜* | ~~删~~ | <b>b</b> |",
                "a | b\n--|--\n1 | 2\n3 | 4",
                "| 标题 |\n| --- |\n| 单列 |\n[表题 *强调*]",
                "| 表 | 格 |\n| :-- | --: |\n\n表后段落",
                "| 转义 \\| 竖线 | 实体 &amp; |\n| --- | --- |\n| &lt;x&gt; | \\* |",
                "> | 引用中的表 |\n> | --- |\n> | 单元 |",
                "- | 列表中的表 |\n  | --- |\n  | 单元 |");
    }

    private static List<String> footnotes() {
        return List.of(
                "脚注一[^1]，再次引用[^1]，脚注二[^二]，未定义[^missing]。\n\n[^1]: 第一个脚注。\n[^二]: 第二个脚注。",
                "后定义先引用[^b][^a]。\n\n[^a]: 甲。\n\n[^b]: 乙，\n    多段脚注：\n\n    第二段 **粗**。\n\n[^unused]: 未被引用。",
                "[^x]\n\n[^x]: 只有脚注引用的段落，三次[^x][^x]。",
                "- 列表中的脚注[^l]\n\n> 引用中的脚注[^q]\n\n[^l]: 列表脚注。\n[^q]: > 脚注中的引用\n\n    - 脚注中的列表");
    }

    private static List<String> rawHtml() {
        return List.of(
                "<div>\n<p>块级 HTML</p>\n</div>\n\n正文",
                "<table><tr><td rowspan=\"2\" onclick=\"x()\">合并</td><td>甲</td></tr><tr><td>乙</td></tr></table>",
                "<div>\n\n**Markdown 在 HTML 块中**\n\n</div>",
                "<!-- 块注释 -->\n\n正文\n\n<!--\n多行\n注释\n-->",
                "<script>alert(1)</script>\n\n<style>p{}</style>\n\n<iframe src=\"x\"></iframe>",
                "<p>\n  缩进的\n    HTML 行\n</p>",
                "<ul>\n  <li>一</li>\n\n\n  <li>二</li>\n</ul>",
                "<a href=\"sl-base.md\">HTML 链接</a> <img src=\"../../assets/images/flow.svg\" alt=\"图\">",
                "- <div>列表中的 HTML 块</div>\n\n> <p>引用中的 HTML 块</p>",
                "<pre>\n  预格式  保留\n</pre>",
                "<span>未闭合 <b>粗\n\n下一段</b></span>");
    }

    /** A policy file with {@code body} as its Markdown. */
    static String policy(String id, String body) {
        return "---\nid: " + id + "\ntitle: 生成测试" + id + "\nissuer: 示例市科学技术局\nissued: 2023-05-01\n"
                + "category: 测试\n---\n\n" + body + "\n";
    }

    /** The Markdown of a content file: what follows its front matter, or all of it. */
    static String bodyOf(String file) {
        String text = file.startsWith("\uFEFF") ? file.substring(1) : file;
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        return end < 0 ? text : text.substring(text.indexOf('\n', end + 1) + 1);
    }
}
