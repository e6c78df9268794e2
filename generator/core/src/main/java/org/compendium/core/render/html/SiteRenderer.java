package org.compendium.core.render.html;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.compendium.core.internal.ParallelLists;
import org.compendium.core.internal.ParallelTasks;
import org.compendium.core.internal.Pinyin;
import org.compendium.core.internal.Utf8Writer;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Interpretation;
import org.compendium.core.model.Policy;
import org.compendium.core.output.OutputFiles;
import org.compendium.core.paths.SitePaths;
import org.compendium.core.render.OutputRenderer;
import org.compendium.core.render.search.SearchIndexWriter;
import org.compendium.core.render.template.PageErrors;
import org.compendium.core.render.template.TemplateEngine;
import org.compendium.core.render.template.TextWriter;

/**
 * The public website: a page per policy and note, year, category, issuer and status lists, the home and
 * search pages, feed, sitemap, catalogue and search index, from the FreeMarker templates in
 * {@code templates/site/}. Pages render in parallel.
 */
public final class SiteRenderer implements OutputRenderer {
    /** The template engine {@link #prepared} started making, its templates parsed; none: made in render. */
    private final Optional<CompletableFuture<TemplateEngine>> early;

    public SiteRenderer() {
        this(Optional.empty());
    }

    private SiteRenderer(Optional<CompletableFuture<TemplateEngine>> early) {
        this.early = early;
    }

    /**
     * Makes the template engine and parses the site's templates on a thread of their own while the content
     * compiles: otherwise one core waits while another does it between compiling and rendering pages.
     */
    @Override
    public OutputRenderer prepared(BuildRequest request) {
        return new SiteRenderer(Optional.of(CompletableFuture.supplyAsync(() -> engineWithTemplates(request),
                task -> Thread.ofPlatform().name("site-templates").daemon().start(task))));
    }

    private static TemplateEngine engineWithTemplates(BuildRequest request) {
        try {
            TemplateEngine engine = new TemplateEngine(request.templatesDir());
            engine.parseAll("site");
            // The pinyin order of the category and issuer lists, made once per process (the collator is costly to make).
            Pinyin.order();
            return engine;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The prepared engine, else a new one: an engine that failed is made again, failing as it would have. */
    private TemplateEngine engine(BuildRequest request) throws IOException {
        if (early.isPresent()) {
            try {
                return early.get().join();
            } catch (CompletionException e) {
                // Made again below, which reports the failure as a build without preparation would.
            }
        }
        return new TemplateEngine(request.templatesDir());
    }

    /** A page to write: its template, file (relative to the site root) and model. */
    private record Page(String template, String file, String source, Supplier<Map<String, Object>> model) {
    }

    @Override
    public void render(Compendium compendium, BuildRequest request, OutputFiles output, Diagnostics diagnostics)
            throws IOException {
        if (!Files.isDirectory(request.templatesDir().resolve("site"))) {
            diagnostics.error(request.templatesDir().toString(), 0, 0, "template folder does not exist ["
                    + request.templatesDir().resolve("site") + "]; expected the project's templates/ folder with site/*.ftlh");
            return;
        }
        TemplateEngine templates = engine(request);
        Path out = output.root();
        // The search index, the pages and the site's other files (feed, sitemap, catalogue, …) are written side
        // by side, the search index from the start, while the pages' lists are grouped: each has serial parts
        // that would leave a core idle if it ran alone (the other files did run last, alone, until they got a
        // task of their own). All finish (or fail) before this returns, so a failed build's staging folder can
        // be deleted.
        ParallelTasks.run(List.of(() -> {
            new SearchIndexWriter().write(compendium, output, out.resolve("search"));
            return null;
        }, () -> {
            SiteIndex index = SiteIndex.of(compendium);
            PageModels models = new PageModels(compendium, index, Download.scan(out, output::contains));
            List<Page> pages = pages(compendium, index, models);
            ParallelTasks.run(List.of(() -> {
                writePages(pages, templates, output, diagnostics);
                return null;
            }, () -> {
                new SiteFiles(compendium, index, models).write(templates, output, diagnostics);
                StaticFiles.copy(request.templatesDir().resolve("site/static"), output, out.resolve("static"),
                        diagnostics);
                copyAssets(compendium, output);
                return null;
            }));
            return null;
        }));
    }

    private static void writePages(List<Page> pages, TemplateEngine templates, OutputFiles output,
                                   Diagnostics diagnostics) throws IOException {
        // Each thread renders its pages into one UTF-8 buffer, reused from page to page.
        ThreadLocal<Utf8Writer> buffers = Utf8Writer.perThread(64 * 1024);
        PageErrors errors = new PageErrors();
        List<IOException> failures = ParallelLists.map(pages, p -> {
            Utf8Writer page = buffers.get().reset();
            if (!templates.render(p.template(), p.model().get(), p.source(), diagnostics, errors, page)) {
                return Optional.<IOException>empty();
            }
            try {
                output.write(output.root().resolve(p.file()), page.bytes(), page.length());
                return Optional.<IOException>empty();
            } catch (IOException e) {
                return Optional.of(e);
            }
        }).stream().flatMap(Optional::stream).toList();
        errors.reportTo(diagnostics);
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }

    /**
     * Renders only the pages whose file {@code wanted} accepts (the preview's incremental rebuild), without
     * writing them: file relative to the site root → HTML, exactly as {@link #render} would write it.
     *
     * @param index {@code SiteIndex.of(compendium)}
     * @param site  the published site (its downloads are linked as in a full build)
     */
    public Map<String, String> renderPages(Compendium compendium, SiteIndex index, TemplateEngine templates, Path site,
                                           Predicate<String> wanted, Diagnostics diagnostics) throws IOException {
        PageModels models = new PageModels(compendium, index, Download.scan(site, Files::isRegularFile));
        Map<String, String> out = new ConcurrentHashMap<>();
        PageErrors errors = new PageErrors();
        pages(compendium, index, models).parallelStream().filter(p -> wanted.test(p.file())).forEach(p -> {
            TextWriter html = new TextWriter(16 * 1024);
            if (templates.render(p.template(), p.model().get(), p.source(), diagnostics, errors, html)) {
                out.put(p.file(), html.toString());
            }
        });
        errors.reportTo(diagnostics);
        return out;
    }

    /** Rewrites the feed, sitemap, robots.txt, catalogue and 404 page of {@code site} (the preview). */
    public void writeSiteFiles(Compendium compendium, SiteIndex index, TemplateEngine templates, Path site,
                               Diagnostics diagnostics) throws IOException {
        new SiteFiles(compendium, index, new PageModels(compendium, index, Download.scan(site, Files::isRegularFile)))
                .write(templates, new OutputFiles(site), diagnostics);
    }

    private static List<Page> pages(Compendium compendium, SiteIndex index, PageModels models) {
        // The listing pages come first: they are the longest, and taken last they would leave one thread
        // finishing them while the other waits.
        List<Page> pages = new ArrayList<>();
        pages.add(new Page("site/index.ftlh", "index.html", "", models::home));
        for (Facet year : index.years()) {
            int y = Integer.parseInt(year.name().substring(0, 4));
            var summary = compendium.summary(y);
            pages.add(new Page("site/year.ftlh", year.folder() + "index.html",
                    summary.map(s -> s.path()).orElse(""), () -> models.year(year, summary)));
        }
        lists(pages, models, index.categories(), "categories");
        lists(pages, models, index.issuers(), "issuers");
        lists(pages, models, index.statuses(), "status");
        pages.add(overview(models, "years/", "years", "按年份浏览", index.years()));
        pages.add(overview(models, "categories/", "categories", "按主题分类浏览", index.categories()));
        pages.add(overview(models, "issuers/", "issuers", "按发布机关浏览", index.issuers()));
        pages.add(overview(models, "status/", "status", "按时效性浏览", index.statuses()));
        Facet all = new Facet("全部", "全部政策文件", "policies/", "policies/index.html", index.all());
        pages.add(new Page("site/list.ftlh", "policies/index.html", "", () -> models.list(all, "policies")));
        pages.add(new Page("site/notes.ftlh", "interpretations/index.html", "", models::notesList));
        pages.add(new Page("site/search.ftlh", "search/index.html", "",
                () -> models.common("search/index.html", "search", "全文检索")));
        if (GuidanceIndex.wanted(compendium)) {
            new GuidanceModels(models, GuidanceIndex.of(compendium), compendium.asOf()).pages()
                    .forEach(g -> pages.add(new Page(g.template(), g.file(), "", g.model())));
        }
        for (Policy p : compendium.policies()) {
            pages.add(new Page("site/policy.ftlh", SitePaths.page(p), p.path(), () -> models.policy(p)));
        }
        for (Interpretation i : compendium.interpretations()) {
            pages.add(new Page("site/interpretation.ftlh", SitePaths.page(i), i.path(), () -> models.interpretation(i)));
        }
        for (var pair : models.chronicle().pairs()) {
            pages.add(new Page("site/compare.ftlh", SitePaths.comparison(pair.before(), pair.after()),
                    pair.after().path(), () -> models.comparison(pair.before(), pair.after())));
        }
        return pages;
    }

    private static void lists(List<Page> pages, PageModels models, List<Facet> facets, String section) {
        for (Facet f : facets) {
            pages.add(new Page("site/list.ftlh", f.folder() + "index.html", "", () -> models.list(f, section)));
        }
    }

    private static Page overview(PageModels models, String folder, String section, String title, List<Facet> facets) {
        return new Page("site/facets.ftlh", folder + "index.html", "",
                () -> models.overview(folder, section, title, facets));
    }

    /** Writes a rendered page (nothing when rendering failed: the error is in the diagnostics). */
    static void writeOrThrow(OutputFiles output, Optional<String> text, Path file) throws IOException {
        if (text.isPresent()) {
            output.write(file, text.get());
        }
    }

    private static void copyAssets(Compendium compendium, OutputFiles output) throws IOException {
        for (String asset : compendium.assets().stream().sorted().toList()) {
            output.copy(compendium.contentRoot().resolve(asset), output.root().resolve(asset));
        }
    }
}
