package org.compendium.core.render;

import java.util.List;
import java.util.Random;

/** Random Markdown bodies mixing blocks, containers and inline markup, reproducible from a seed. */
final class RandomMarkdown {
    private static final List<String> INLINES = List.of(
            "为了规范科技计划项目管理", "促进成果转化", "English words", "  leading spaces", "trailing  ", "\t",
            "*强调*", "**加粗**", "***两者***", "~~删除~~", "_强调_", "`代码 <&>`", "``a ` b``", "&copy;", "&amp;",
            "&#20013;", "&nbsp;", "\\*", "\\\\", "\\[", "<", ">", "&", "\"", "'", "[链接](http://example.com/?a=1&b=2)",
            "[标题链接](https://example.com/t \"标 题\")", "[同文](#art-1)", "[他文](sl-base.md#art-2)", "[坏](x.md)",
            "![图 *alt*](../../assets/images/flow.svg \"图\")", "[引用][r1]", "[r1]", "[未定义][zz]", "![图引用][i1]",
            "<http://example.com/auto>", "<a@example.com>", "[^1]", "[^2]", "[^none]", "<b>粗</b>", "<span>",
            "</span>", "<!-- c -->", "<em onclick=\"x\">e</em>", "《示例市科技计划项目管理办法》", "第一条", "（一）",
            "[js](javascript:void(0))", "**问：**答", "**", "*", "~~", "`", "[", "]", "(", ")", "！", "。");
    private static final List<String> BREAKS = List.of(" ", "", "\n", "  \n", "\\\n", "\n  ", "\n\t", "，");
    private static final List<String> CONTAINERS = List.of("", "", "", "> ", "- ", "1. ", "3) ", "* ", "> - ",
            "- > ", "  ", "    ", "\t");
    private final Random random;

    RandomMarkdown(long seed) {
        this.random = new Random(seed);
    }

    /** A body of a few blocks, reference and footnote definitions at the end. */
    String body() {
        StringBuilder out = new StringBuilder();
        int blocks = 1 + random.nextInt(10);
        for (int i = 0; i < blocks; i++) {
            out.append(block()).append(pick(List.of("\n", "\n\n", "\n\n", "\n\n\n")));
        }
        if (random.nextBoolean()) {
            out.append("\n[r1]: http://example.com/r1 \"R1\"\n[i1]: ../../assets/images/flow.svg\n");
        }
        if (random.nextBoolean()) {
            out.append("\n[^1]: 脚注一").append(inline()).append("\n\n[^2]: 脚注二\n\n    第二段").append(inline()).append('\n');
        }
        return random.nextInt(8) == 0 ? out.toString().replace("\n", "\r\n") : out.toString();
    }

    private String block() {
        String prefix = pick(CONTAINERS);
        String block = switch (random.nextInt(12)) {
            case 0 -> "#".repeat(1 + random.nextInt(6)) + " " + inline() + (random.nextBoolean() ? " ##" : "");
            case 1 -> inline() + "\n" + pick(List.of("===", "---"));
            case 2 -> "```" + pick(List.of("", "java", "a b", "x&amp;y")) + "\n" + inline() + "\n\n " + inline() + "\n```";
            case 3 -> "| " + inline() + " | " + inline() + " |\n| " + pick(List.of(":--", "--:", ":-:", "---"))
                    + " | --- |\n| " + inline() + " |\n| a | b | c |";
            case 4 -> "<div>\n" + inline() + "\n</div>";
            case 5 -> pick(List.of("---", "***", "* * *"));
            case 6 -> list();
            default -> paragraph();
        };
        return prefix.isEmpty() ? block : prefix + block.replace("\n", "\n" + " ".repeat(prefix.length()));
    }

    private String list() {
        StringBuilder out = new StringBuilder();
        String marker = pick(List.of("- ", "1. ", "2. ", "* "));
        int items = 1 + random.nextInt(4);
        for (int i = 0; i < items; i++) {
            out.append(marker).append(paragraph().replace("\n", "\n   "));
            if (random.nextInt(3) == 0) {
                out.append("\n   - ").append(inline());
            }
            out.append(random.nextBoolean() ? "\n" : "\n\n");
        }
        return out.toString();
    }

    private String paragraph() {
        StringBuilder out = new StringBuilder(inline());
        int parts = random.nextInt(8);
        for (int i = 0; i < parts; i++) {
            out.append(pick(BREAKS)).append(inline());
        }
        return out.toString();
    }

    private String inline() {
        return pick(INLINES) + (random.nextBoolean() ? pick(INLINES) : "");
    }

    private String pick(List<String> from) {
        return from.get(random.nextInt(from.size()));
    }
}
