package org.compendium.core.scaffold;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.DiagnosticFormatter;
import org.compendium.core.kernel.Severity;
import org.compendium.core.render.pdf.PdfTools;
import org.compendium.core.testing.ContentFolder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code compendium new}: a file from templates/new/ in the right folder, which builds without a problem. */
class ScaffolderTest {
    private static final LocalDate DAY = LocalDate.of(2025, 3, 2);
    @TempDir
    Path dir;
    private Path content;

    @BeforeEach
    void demo() {
        content = dir.resolve("content");
        ContentFolder.copyTree(ContentFolder.PROJECT.resolve("content"), content);
    }

    private Scaffolder.Result create(NewKind kind, String id, String title, String interprets) {
        return new Scaffolder().create(new NewDocument(kind, id, title, DAY, Optional.ofNullable(interprets), content,
                ContentFolder.TEMPLATES));
    }

    private List<String> printed(Scaffolder.Result result) {
        DiagnosticFormatter formatter = new DiagnosticFormatter(content, dir);
        return result.diagnostics().stream().map(formatter::format).toList();
    }

    @Test
    void aNewPolicyNoteAndSummaryBuildWithoutProblemsInEveryFormat() throws IOException {
        String title = "示例市科技企业孵化器管理办法（试行）: 第\"二\"版";
        Scaffolder.Result policy = create(NewKind.POLICY, "sl-kj-2025-09", title, null);
        assertEquals(Optional.of(content.resolve("policies/2025/sl-kj-2025-09.md")), policy.written(), printed(policy)::toString);
        Scaffolder.Result note = create(NewKind.NOTE, "jd-sl-kj-2025-09", "图解：孵化器管理办法", "sl-kj-2025-09");
        assertEquals(Optional.of(content.resolve("interpretations/jd-sl-kj-2025-09.md")), note.written(), printed(note)::toString);
        Scaffolder.Result summary = create(NewKind.SUMMARY, "2025", "2025年度示例市科技政策综述", null);
        assertEquals(Optional.of(content.resolve("summaries/2025.md")), summary.written(), printed(summary)::toString);
        String text = Files.readString(content.resolve("policies/2025/sl-kj-2025-09.md"));
        assertTrue(text.startsWith("---\nid: sl-kj-2025-09\n"), text);
        assertTrue(text.contains("\nissued: 2025-03-02\n"), text);

        Path out = dir.resolve("site-output");
        BuildResult built = new CompendiumBuilder().build(BuildRequest.builder(content).outputDir(out)
                .templatesDir(ContentFolder.TEMPLATES).editions(List.of(2025))
                .timestamp(Instant.parse("2025-06-30T08:00:00Z")).build());
        List<Diagnostic> problems = built.diagnostics().stream().filter(d -> d.severity() != Severity.INFO).toList();
        assertEquals(List.of(), problems, "no error, no warning");
        assertTrue(built.success() && built.published());
        String page = Files.readString(out.resolve("policies/sl-kj-2025-09/index.html"));
        assertTrue(page.contains("示例市科技企业孵化器管理办法（试行）: 第&quot;二&quot;版")
                || page.contains("示例市科技企业孵化器管理办法（试行）: 第\"二\"版"), "the title as typed, YAML quoting undone");
        String pdf = PdfTools.squeezed(String.join("", PdfTools.pages(out.resolve("downloads/compendium-2025.pdf"))));
        assertTrue(pdf.contains("2025年度示例市科技政策综述"), "the new summary is the 2025 edition's preface");
        assertTrue(pdf.contains(PdfTools.squeezed("示例市科技企业孵化器管理办法（试行）")), "the new policy is in it");
        assertTrue(Files.isRegularFile(out.resolve("downloads/compendium-2025.epub")));
    }

    @Test
    void anIdInUseIsRefusedAtTheFileThatUsesIt() throws IOException {
        Scaffolder.Result result = create(NewKind.POLICY, "sl-kj-2024-06", "重复的编号", null);
        assertEquals(Optional.empty(), result.written());
        assertEquals(List.of("content/policies/2024/sl-kj-2024-06.md:2:5: error: id [sl-kj-2024-06] is already used by"
                + " this file; expected a new id for the new policy"), printed(result));
        Scaffolder.Result note = create(NewKind.NOTE, "jd-sl-kj-2024-06", "重复的解读", "sl-kj-2024-06");
        assertEquals(List.of("content/interpretations/jd-sl-kj-2024-06.md:2:5: error: id [jd-sl-kj-2024-06] is already"
                + " used by this file; expected a new id for the new note"), printed(note));
        content.resolve("interpretations/jd-other.md").toFile().createNewFile();
        assertEquals(List.of("content/interpretations/jd-other.md:1:1: error: the file exists already; expected a new"
                + " id for the new note"), printed(create(NewKind.NOTE, "jd-other", "解读", "sl-kj-2024-06")));
        Scaffolder.Result summary = create(NewKind.SUMMARY, "2024", "重复的综述", null);
        assertEquals(List.of("content/summaries/2024.md:1:1: error: the file exists already; expected a new year for"
                + " the new summary"), printed(summary));
        assertEquals(3, Files.list(content.resolve("summaries")).count(), "nothing written");
    }

    @Test
    void invalidInputIsReportedAndNothingIsWritten() throws IOException {
        assertEquals(List.of("content/policies/2025/Bad_Id.md: error: invalid id [Bad_Id] for a new policy; expected"
                + " lower-case letters, digits and '-' ([a-z0-9][a-z0-9-]*), e.g. sl-kj-2025-03"),
                printed(create(NewKind.POLICY, "Bad_Id", "标题", null)));
        assertEquals(List.of("content/summaries/25.md: error: invalid id [25] for a new summary; expected the"
                + " edition's year, e.g. 2025"), printed(create(NewKind.SUMMARY, "25", "标题", null)));
        assertEquals(List.of("content/policies/2025/ok-id.md: error: invalid title []; expected the document's full"
                + " title on one line"), printed(create(NewKind.POLICY, "ok-id", " ", null)));
        assertEquals(List.of("content/interpretations/jd-new.md: error: no policy has the id [jd-sl-kj-2024-06] that"
                + " the note interprets; expected the id of a policy under policies/"),
                printed(create(NewKind.NOTE, "jd-new", "解读", "jd-sl-kj-2024-06")));
        assertFalse(Files.exists(content.resolve("policies/2025/Bad_Id.md")));
        assertFalse(Files.exists(content.resolve("interpretations/jd-new.md")));
    }

    @Test
    void aMissingTemplateIsNamed(@TempDir Path emptyTemplates) {
        Scaffolder.Result result = new Scaffolder().create(new NewDocument(NewKind.POLICY, "x-1", "标题", DAY,
                Optional.empty(), content, emptyTemplates));
        assertEquals(Optional.empty(), result.written());
        assertTrue(printed(result).getFirst().endsWith("new/policy.md.ftl: error: the template of a new policy is missing;"
                + " expected new/policy.md.ftl in the templates folder"), printed(result)::toString);
    }

    @Test
    void yamlScalarsAreQuotedOnlyWhenPlainWouldReadDifferently() {
        assertEquals("示例市科技企业孵化器管理办法", Scaffolder.yaml("示例市科技企业孵化器管理办法"));
        assertEquals("2025年度综述", Scaffolder.yaml("2025年度综述"));
        assertEquals("\"2025\"", Scaffolder.yaml("2025"));
        assertEquals("\"办法: 试行\"", Scaffolder.yaml("办法: 试行"));
        assertEquals("\"\\\"双创\\\"通知\"", Scaffolder.yaml("\"双创\"通知"));
        assertEquals("\"yes\"", Scaffolder.yaml("yes"));
    }
}
