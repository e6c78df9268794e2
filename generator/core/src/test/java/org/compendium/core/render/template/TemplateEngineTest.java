package org.compendium.core.render.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Templates parsed ahead of use render as before, and a broken one is still reported where it is broken. */
class TemplateEngineTest {
    @TempDir
    Path templates;

    @Test
    void parsedAheadTheyRenderAsBeforeAndABrokenOneIsReportedAtItsLine() throws IOException {
        Files.createDirectories(templates.resolve("site"));
        write("site/layout.ftlh", "<#macro page title><h1>${title}</h1><#nested></#macro>\n");
        write("site/good.ftlh", "<#import \"layout.ftlh\" as l><@l.page title=t>${body}</@l.page>\n");
        write("site/broken.ftlh", "<p>第一行</p>\n<p>${name(}</p>\n");
        Map<String, Object> model = Map.of("t", "标题 & <符号>", "body", "正文");
        TemplateEngine fresh = new TemplateEngine(templates);
        TemplateEngine ahead = new TemplateEngine(templates);
        ahead.parseAll("site");

        Diagnostics none = new Diagnostics();
        Optional<String> expected = fresh.render("site/good.ftlh", model, "a.md", none);
        assertEquals(Optional.of("<h1>标题 &amp; &lt;符号&gt;</h1>正文\n"), expected);
        assertEquals(expected, ahead.render("site/good.ftlh", model, "a.md", none));
        assertEquals(List.of(), none.sorted());

        Diagnostics freshProblems = new Diagnostics();
        Diagnostics aheadProblems = new Diagnostics();
        fresh.render("site/broken.ftlh", model, "a.md", freshProblems);
        ahead.render("site/broken.ftlh", model, "a.md", aheadProblems);
        List<Diagnostic> reported = aheadProblems.sorted();
        assertEquals(freshProblems.sorted(), reported);
        assertEquals(1, reported.size());
        assertEquals(2, reported.getFirst().line(), reported.toString());
        assertTrue(reported.getFirst().message().startsWith("template syntax error: "), reported.toString());
    }

    @Test
    void aLayoutThatDoesNotParseIsReportedOnceAtItsOwnLine() throws IOException {
        Files.createDirectories(templates.resolve("site"));
        write("site/layout.ftlh", "<#macro page title>\n<h1>${title}</h1>\n<p>${title(}</p><#nested></#macro>\n");
        write("site/good.ftlh", "<#import \"layout.ftlh\" as l><@l.page title=t>${body}</@l.page>\n");
        for (boolean ahead : new boolean[] {false, true}) {
            TemplateEngine engine = new TemplateEngine(templates);
            if (ahead) {
                engine.parseAll("site");
            }
            Diagnostics problems = new Diagnostics();
            for (String page : List.of("a.md", "b.md", "c.md")) {
                engine.render("site/good.ftlh", Map.of("t", "标题", "body", "正文"), page, problems);
            }
            List<Diagnostic> reported = problems.sorted();
            assertEquals(1, reported.size(), "once, not once per page: " + reported);
            Diagnostic d = reported.getFirst();
            assertEquals(templates.resolve("site/layout.ftlh").toString(), d.path());
            assertEquals(List.of(3, 12), List.of(d.line(), d.column()), d::toString);
            assertTrue(d.message().startsWith("template syntax error: "), d::toString);
        }
    }

    @Test
    void aRuntimeErrorThatFailsManyPagesIsReportedOnceNamingTheFirstContentFileAndTheCount() throws IOException {
        Files.createDirectories(templates.resolve("site"));
        write("site/layout.ftlh", "<#macro page title>\n<title>${title} - ${site.name}</title><#nested></#macro>\n");
        write("site/good.ftlh", "<#import \"layout.ftlh\" as l><@l.page title=t>${body}</@l.page>\n");
        TemplateEngine engine = new TemplateEngine(templates);
        Map<String, Object> model = Map.of("t", "标题", "body", "正文", "site", Map.of());
        Diagnostics problems = new Diagnostics();
        PageErrors errors = new PageErrors();
        for (String page : List.of("policies/b.md", "", "policies/a.md", "")) {
            assertFalse(engine.render("site/good.ftlh", model, page, problems, errors, new StringWriter()));
        }
        assertEquals(List.of(), problems.sorted(), "runtime errors wait in PageErrors");
        errors.reportTo(problems);
        List<Diagnostic> reported = problems.sorted();
        assertEquals(1, reported.size(), reported::toString);
        Diagnostic d = reported.getFirst();
        assertEquals(List.of(2, 21), List.of(d.line(), d.column()), d::toString);
        assertEquals("template error while rendering policies/a.md (and 3 other pages): The following has evaluated"
                + " to null or missing [site.name]", d.message());

        Diagnostics one = new Diagnostics();
        engine.render("site/good.ftlh", model, "policies/a.md", one);
        assertEquals("template error while rendering policies/a.md: The following has evaluated to null or missing"
                + " [site.name]", one.sorted().getFirst().message());
    }

    private void write(String name, String text) throws IOException {
        Files.writeString(templates.resolve(name), text, StandardCharsets.UTF_8);
    }
}
