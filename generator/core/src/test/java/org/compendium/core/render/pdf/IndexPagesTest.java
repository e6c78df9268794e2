package org.compendium.core.render.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The page numbers of the index stay inside the text block past page 999 (the renderer lays a number out as 999
 * and prints the real one: a 2000-policy corpus had four-digit numbers running past the right margin), and
 * stand right-aligned at its edge. A book of 1,060 one-page policies whose titles take every length from a
 * short line to two lines, so that some title ends just where the page number begins.
 */
class IndexPagesTest {
    private static final String WORDS = "厦门市技术先进型服务企业实施意见关于进一步加强科技创新平台建设的若干措施补充规定实施细则办法";
    @TempDir
    Path tmp;

    @Test
    void fourDigitPageNumbersStayInsideTheTextBlock() {
        ContentFolder content = ContentFolder.create(tmp);
        for (int n = 1; n <= 1060; n++) {
            String title = WORDS.substring(0, 12 + n % 28) + "（第" + n + "号）";
            content.write(String.format("policies/2022/p%04d.md", n), "---\nid: p" + n + "\ntitle: " + title
                    + "\ndoc_number: 厦科规〔2020〕" + n + "号\nissuer: 示例市科学技术局\nissued: 2022-01-01\ncategory: 类别\n"
                    + "---\n\n第一条 为了规范管理，制定本办法。\n");
        }
        BuildRequest request = BuildRequest.builder(content.root()).outputDir(tmp.resolve("out"))
                .templatesDir(ContentFolder.TEMPLATES).formats(EnumSet.of(OutputFormat.PDF)).editions(List.of(2022))
                .timestamp(DemoEditions.TIME).build();
        BuildResult result = new CompendiumBuilder().build(request);
        assertTrue(result.published(), result.diagnostics().toString());
        Path pdf = PdfRenderer.file(tmp.resolve("out"), 2022);
        TypeArea area = TypeArea.of(ContentFolder.TEMPLATES.resolve(PdfRenderer.STYLESHEET));
        List<TypeArea.Page> pages = TypeArea.pages(pdf);
        assertTrue(pages.size() > 1100, pages.size() + " pages");
        List<String> strays = area.strays(pdf);
        assertTrue(strays.isEmpty(), () -> strays.size() + " words outside the text block:\n" + String.join("\n", strays));
        List<String> unaligned = new ArrayList<>();
        int numbers = 0;
        for (TypeArea.Page page : pages.subList(pages.size() - 60, pages.size())) {
            double edge = area.rightEdge(page);
            for (TypeArea.Word w : page.words()) {
                if (w.text().matches("\\d{3,4}") && w.xMin() > edge - 60 && area.inBody(page, w)) {
                    numbers++;
                    if (Math.abs(w.xMax() - edge) > 1.5) {
                        unaligned.add("p." + page.number() + " " + w.text() + " ends at " + w.xMax() + ", the edge is at " + edge);
                    }
                }
            }
        }
        assertTrue(numbers > 500, numbers + " page numbers found on the index pages");
        assertTrue(unaligned.isEmpty(), () -> String.join("\n", unaligned));
    }
}
