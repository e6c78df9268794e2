package org.compendium.sitetests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Every chapter of an e-book, opened in headless Chromium at a 390 px phone's width (an e-reader does not scroll
 * sideways: what runs past the screen's edge is not read): nothing is wider than the screen. The demo's 2024
 * edition with a policy holding the tables a narrow screen finds hardest: long URLs in a cell, seven columns with
 * a telephone number.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(Tools.Browser.class)
class EpubLayoutBrowserTest {
    private static final String TABLES = """
            ---
            id: sl-kj-2024-99
            title: 示例市科技服务网上办理事项目录
            doc_number: 示科规〔2024〕99号
            issuer: 示例市科学技术局
            issued: 2024-05-01
            category: 综合管理
            ---

            # 示例市科技服务网上办理事项目录

            第一条　下表列出办理地址。

            | 序号 | 项目名称 | 网上办理地址 |
            |---|---|---|
            | 1 | 高新技术企业认定申报 | https://kjj.example.gov.cn/zchb/downloads/attachments/2023/project-application-guide.pdf?version=2&lang=zh-CN |
            | 2 | 科技型中小企业评价 | http://data.example.org/api/v2/policies/search?issuer=science-and-technology-bureau&year=2023&page=12 |

            第二条　下表列出资助标准。

            | 序号 | 类别 | 标准（万元） | 备注 | 申报时间 | 受理部门 | 联系电话 |
            |---|---|---|---|---|---|---|
            | 1 | 国家级重点实验室 | 500 | 一次性资助，分两年拨付到位 | 每年3月 | 市科学技术局基础研究处 | 0000-12345678 |
            """;
    private Path book;
    private ChromeDriver phone;

    @BeforeAll
    void build(@TempDir Path tmp) throws IOException {
        Path content = tmp.resolve("content");
        ContentFolder.copyTree(BuiltSite.projectRoot().resolve("content"), content);
        Files.writeString(content.resolve("policies/2024/sl-kj-2024-99.md"), TABLES);
        Path out = tmp.resolve("out");
        BuildResult result = new CompendiumBuilder().build(BuildRequest.builder(content).outputDir(out)
                .templatesDir(BuiltSite.projectRoot().resolve("templates")).formats(EnumSet.of(OutputFormat.EPUB))
                .editions(List.of(2024)).timestamp(Instant.parse("2025-07-01T00:00:00Z")).build());
        assertTrue(result.success(), () -> result.diagnostics().toString());
        book = tmp.resolve("book");
        try (InputStream in = Files.newInputStream(out.resolve("downloads/compendium-2024.epub"));
             ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                Path file = book.resolve(entry.getName()).normalize();
                if (!entry.isDirectory() && file.startsWith(book)) {
                    Files.createDirectories(file.getParent());
                    Files.copy(zip, file);
                }
            }
        }
        phone = Browser.start(390, 800);
    }

    @AfterAll
    void stop() {
        if (phone != null) {
            phone.quit();
        }
    }

    @Test
    void noChapterIsWiderThanAPhoneScreen() throws IOException {
        List<Path> chapters;
        try (Stream<Path> files = Files.walk(book)) {
            chapters = files.filter(f -> f.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertTrue(chapters.stream().anyMatch(f -> f.getFileName().toString().contains("sl-kj-2024-99")),
                () -> "the tables' chapter: " + chapters);
        List<String> wide = new ArrayList<>();
        for (Path chapter : chapters) {
            phone.get(chapter.toUri().toString());
            @SuppressWarnings("unchecked")
            List<String> past = (List<String>) phone.executeScript("""
                    // A reader lays the chapter out at its screen's width (no 980 px layout viewport of a phone browser).
                    var w = 390, out = [];
                    document.documentElement.style.width = w + 'px';
                    document.querySelectorAll('body *').forEach(function (e) {
                      var r = e.getBoundingClientRect();
                      if (r.width > 0 && r.right > w + 1) {
                        out.push(e.tagName.toLowerCase() + ' ' + Math.round(r.right) + ' px: '
                            + (e.textContent || '').trim().slice(0, 40));
                      }
                    });
                    return out.slice(0, 3);""");
            past.forEach(p -> wide.add(book.relativize(chapter) + ": " + p));
        }
        assertEquals(List.of(), wide, "past the right edge of a 390 px screen");
    }
}
