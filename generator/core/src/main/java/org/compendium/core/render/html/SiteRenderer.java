package org.compendium.core.render.html;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.compendium.core.BuildRequest;
import org.compendium.core.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.render.OutputRenderer;
import org.compendium.core.render.XrefRewriter;

/** The public website: a page per document and an index, from FreeMarker templates. */
public final class SiteRenderer implements OutputRenderer {

    @Override
    public void render(Compendium compendium, BuildRequest request, Path out, Diagnostics diagnostics)
            throws IOException {
        TemplateEngine templates = new TemplateEngine(request.templatesDir());
        SitePaths paths = new SitePaths(compendium);
        for (Document doc : compendium.documents()) {
            String page = SitePaths.page(doc);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("site", compendium.config());
            model.put("doc", doc);
            model.put("root", SitePaths.rootFrom(page));
            model.put("body", XrefRewriter.rewrite(doc.body().html(), t -> paths.href(page, t)));
            write(templates.render("site/document.ftlh", model, doc.path(), diagnostics), out.resolve(page));
        }
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("site", compendium.config());
        model.put("root", "");
        model.put("policies", compendium.policies().stream().sorted(Compendium.NEWEST_FIRST).toList());
        write(templates.render("site/index.ftlh", model, "", diagnostics), out.resolve("index.html"));
        copyAssets(compendium, out);
    }

    private static void copyAssets(Compendium compendium, Path out) throws IOException {
        for (String asset : compendium.assets().stream().sorted().toList()) {
            Path target = out.resolve(asset);
            Files.createDirectories(target.getParent());
            Files.copy(compendium.contentRoot().resolve(asset), target);
        }
    }

    private static void write(java.util.Optional<String> html, Path file) throws IOException {
        if (html.isPresent()) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, html.get(), StandardCharsets.UTF_8);
        }
    }

}
