package org.compendium.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.render.PrintedMarks.Glyph;
import org.compendium.core.render.PrintedMarks.Mark;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The 修订对照表 of the printed edition marks its changes not by colour only: every deleted character of the 修改前
 * column is struck through, every inserted character of the 修改后 column underlined, and no other character carries
 * a line, as the rendered page shows ({@link PrintedMarks}). The versions are written here with their changes marked
 * ({-deleted-}, {+inserted+}), so the expected marks do not come from the generator; the unchanged text holds glyphs
 * with long horizontal strokes (一, 二, 三, 且, 工) that must not pass for a mark. The same book printed with a style
 * sheet that takes the marks away shows no line at all: the check sees the marks, not the glyphs.
 */
class ComparisonMarksPrintTest {
    private static final List<String> BEFORE = List.of(
            "示例市科技成果转化促进办法",
            "第一条 为了促进科技成果转化，推动经济社会发展，制定本办法。",
            "第二条 本办法适用于本市行政区域内的科技成果转化活动。",
            "第三条 市科学技术局负责全市科技成果转化的统筹协调{-和监督管理-}工作。",
            "第四条 项目承担单位应当以{-书面-}形式报送年度报告，且三十日内报送工作总结。",
            "{-第五条 奖励资金由市财政安排，专款专用。-}",
            "第六条 本办法自发布之日起施行，有效期三年。");
    private static final List<String> AFTER = List.of(
            "示例市科技成果转化促进办法{+（修订）+}",
            "第一条 为了促进科技成果转化，推动经济社会发展，制定本办法。",
            "第二条 本办法适用于本市行政区域内的科技成果转化{+及推广应用+}活动。",
            "第三条 市科学技术局负责全市科技成果转化的统筹协调工作。",
            "第四条 项目承担单位应当以{+电子+}形式报送年度报告，且三十日内报送工作总结。",
            "{+第五条 高等学校和科研机构可以自主决定转让其持有的科技成果。+}",
            "第六条 本办法自发布之日起施行，有效期三年。");
    /** Takes the marks away, also from the inline blocks inside them: what a colour-only or forgotten rule prints. */
    private static final String WITHOUT_MARKS = "\ndel, ins, del *, ins *, del .nobr, ins .nobr { text-decoration: none; }\n";

    @TempDir
    static Path tmp;
    static PrintedMarks.Columns printed;
    static PrintedMarks.Columns unmarked;

    @BeforeAll
    static void build() {
        ContentFolder content = ContentFolder.create(tmp)
                .write("summaries/2023.md", summary(2023))
                .write("summaries/2024.md", summary(2024))
                .write("policies/2023/sl-mark.md", policy("sl-mark", "2023-02-01", "superseded_by: sl-mark-2024\n", BEFORE))
                .write("policies/2024/sl-mark-2024.md", policy("sl-mark-2024", "2024-02-01", "", AFTER));
        printed = columns(content, ContentFolder.TEMPLATES, "marked");
        Path templates = tmp.resolve("templates");
        ContentFolder.copyTree(ContentFolder.TEMPLATES, templates);
        try {
            Files.writeString(templates.resolve("pdf/print.css"), WITHOUT_MARKS, StandardCharsets.UTF_8,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        unmarked = columns(content, templates, "unmarked");
    }

    private static PrintedMarks.Columns columns(ContentFolder content, Path templates, String name) {
        Path out = tmp.resolve(name);
        BuildResult result = new CompendiumBuilder().build(content.request().outputDir(out).templatesDir(templates)
                .formats(EnumSet.of(OutputFormat.PDF)).editions(List.of(2024))
                .timestamp(Instant.parse("2025-06-30T08:00:00Z")).build());
        assertTrue(result.published(), () -> result.diagnostics().toString());
        Path pdf = out.resolve("downloads/compendium-2024.pdf");
        List<String> pages = PdfTools.pages(pdf).stream().map(PdfTools::squeezed).toList();
        for (int i = 2; i < pages.size(); i++) {
            if (pages.get(i).startsWith("附录修订对照")) {
                return PrintedMarks.read(pdf, pages, i, tmp.resolve(name + "-pages"));
            }
        }
        throw new AssertionError("no appendix 修订对照 in " + pdf);
    }

    @Test
    void deletedCharactersAreStruckThroughAndInsertedOnesUnderlinedAndNoOthers() {
        assertEquals(PrintedMarks.plain(BEFORE), PrintedMarks.text(printed.before()), "修改前 holds the old version, in order");
        assertEquals(PrintedMarks.plain(AFTER), PrintedMarks.text(printed.after()), "修改后 holds the new version, in order");
        assertEquals(List.of(), PrintedMarks.wrong(printed.before(), BEFORE), "修改前: characters whose mark is not the expected one");
        assertEquals(List.of(), PrintedMarks.wrong(printed.after(), AFTER), "修改后: characters whose mark is not the expected one");
        assertTrue(PrintedMarks.expected(BEFORE).stream().filter(m -> m == Mark.STRUCK).count() >= 20
                && PrintedMarks.expected(AFTER).stream().filter(m -> m == Mark.UNDERLINED).count() >= 30,
                "the fixture marks enough");
    }

    @Test
    void withoutTheStyleSheetsMarksNoLineIsSeen() {
        assertEquals(PrintedMarks.plain(BEFORE), PrintedMarks.text(unmarked.before()), "the same text");
        assertEquals(PrintedMarks.plain(AFTER), PrintedMarks.text(unmarked.after()), "the same text");
        List<Glyph> lines = new ArrayList<>(unmarked.before());
        lines.addAll(unmarked.after());
        lines.removeIf(g -> g.mark() == Mark.NONE);
        assertEquals(List.of(), lines, "with the marks taken away, no character shows a line");
    }

    // ---- helpers

    private static String summary(int year) {
        return "---\nyear: " + year + "\ntitle: " + year + "年度综述\n---\n\n# " + year + "年度综述\n\n本年度政策综述。\n";
    }

    /** A policy of the given clauses (the first is its title), the change marks taken out, 第N条 in bold. */
    private static String policy(String id, String issued, String extra, List<String> marked) {
        List<String> lines = marked.stream().map(l -> l.replaceAll("\\{[-+]|[-+]}", "")).toList();
        StringBuilder text = new StringBuilder("---\nid: " + id + "\ntitle: " + lines.getFirst() + "\nissuer: 示例市科学技术局\n"
                + "issued: " + issued + "\ncategory: 综合管理\n" + extra + "---\n\n# " + lines.getFirst() + "\n");
        for (String clause : lines.subList(1, lines.size())) {
            int space = clause.indexOf(' ');
            text.append("\n**").append(clause, 0, space).append("**").append(clause.substring(space)).append("\n");
        }
        return text.toString();
    }
}
