package org.compendium.core.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private static List<String> problems(String text) {
        Diagnostics d = new Diagnostics();
        new FrontMatterParser().parse(SourceFile.of("policies/x.md", text), d);
        return d.sorted().stream().map(Diagnostic::toString).toList();
    }

    @Test
    void parsesKeysWithPositionsAndFindsTheBody() {
        String text = "---\nid: xm-1\ntitle: 示例市科技计划管理办法\nissuer: [甲局, 乙局]\n---\n\n# 正文\n";
        Diagnostics d = new Diagnostics();
        FrontMatter fm = new FrontMatterParser().parse(SourceFile.of("p.md", text), d).orElseThrow();
        assertEquals(List.of("id", "title", "issuer"), fm.entries().stream().map(FrontMatter.Entry::key).toList());
        assertEquals("示例市科技计划管理办法", ((YamlValue.Scalar) fm.entry("title").orElseThrow().value()).text());
        assertEquals(3, fm.entry("title").orElseThrow().keyAt().line());
        assertEquals(8, fm.entry("title").orElseThrow().value().at().column());
        assertEquals(2, ((YamlValue.Sequence) fm.entry("issuer").orElseThrow().value()).items().size());
        assertEquals("\n# 正文\n", text.substring(fm.bodyOffset()));
        assertTrue(d.sorted().isEmpty());
    }

    @Test
    void chineseKeysSurvive() {
        Diagnostics d = new Diagnostics();
        FrontMatter fm = new FrontMatterParser().parse(SourceFile.of("p.md", "---\n标题: 值\n---\n"), d).orElseThrow();
        assertEquals("标题", fm.entries().get(0).key());
    }

    @Test
    void missingFrontMatter() {
        assertEquals(List.of("policies/x.md:1:1: error: missing front matter [# 标题]; expected the file to start with a line '---'"),
                problems("# 标题\n正文\n"));
    }

    @Test
    void unterminatedFrontMatter() {
        assertEquals(List.of("policies/x.md:1:1: error: front matter is not closed [---]; expected a line '---' after the YAML keys"),
                problems("---\nid: a\ntitle: b\n\n# 标题\n"));
    }

    @Test
    void yamlSyntaxErrorsPointIntoTheFile() {
        List<String> p = problems("---\nid: a\ntitle: [unclosed\n---\n");
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("policies/x.md:4:1: error: invalid YAML"), p.get(0));
    }

    @Test
    void tabsInIndentationAreNamed() {
        assertEquals(List.of("policies/x.md:4:1: error: tab character in YAML indentation [\\t]; expected spaces"),
                problems("---\nid: a\ntags:\n\t- x\n---\n"));
    }

    @Test
    void anchorsAndAliasesAreRefusedSoBombsCannotExpand() {
        String bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n"
                + "c: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n";
        List<String> p = problems(bomb);
        assertEquals(1, p.size());
        assertTrue(p.get(0).startsWith("policies/x.md:2:4: error: YAML anchor or alias [&a]"), p.get(0));
    }

    @Test
    void duplicateKeysAreErrors() {
        assertEquals(List.of("policies/x.md:3:1: error: duplicate key [id]; expected each key once"),
                problems("---\nid: a\nid: b\n---\n"));
    }

    @Test
    void frontMatterMustBeKeys() {
        assertEquals(List.of("policies/x.md:2:1: error: front matter is a list, not keys; expected 'key: value' lines"),
                problems("---\n- a\n- b\n---\n"));
    }

    @Test
    void emptyFile() {
        assertEquals(List.of("policies/x.md:1:1: error: file is empty; expected YAML front matter between '---' lines and a Markdown body"),
                problems(""));
    }
}
