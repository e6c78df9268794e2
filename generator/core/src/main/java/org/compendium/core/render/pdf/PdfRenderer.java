package org.compendium.core.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.compendium.core.BuildRequest;
import org.compendium.core.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;
import org.compendium.core.publish.OutputFiles;
import org.compendium.core.render.ChineseDates;
import org.compendium.core.render.EditionPlanner;
import org.compendium.core.render.OutputRenderer;
import org.jsoup.helper.W3CDom;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.text.DocumentException;

/**
 * The printed annual editions: {@code downloads/compendium-YYYY.pdf}, an A4 book per edition typeset
 * from {@link EditionHtmlBuilder}'s XHTML and {@code templates/pdf/print.css} by OpenPDF's HTML renderer,
 * with fonts from {@link FontLocator}, as PDF/A-2b (see {@link PdfaListener}).
 */
public final class PdfRenderer implements OutputRenderer {
    /** Where the style sheet lives under the templates folder. */
    public static final String STYLESHEET = "pdf/print.css";
    private final FontLocator locator;

    public PdfRenderer() {
        this(new FontLocator());
    }

    public PdfRenderer(FontLocator locator) {
        this.locator = locator;
    }

    /** The file of an edition under the output folder. */
    public static Path file(Path outputDir, int year) {
        return outputDir.resolve("downloads").resolve("compendium-" + year + ".pdf");
    }

    @Override
    public void render(Compendium compendium, BuildRequest request, OutputFiles output, Diagnostics diagnostics)
            throws IOException {
        List<Edition> editions = new EditionPlanner().plan(compendium, request.editions(), diagnostics);
        if (editions.isEmpty()) {
            return;
        }
        Path css = request.templatesDir().resolve(STYLESHEET);
        if (!Files.isRegularFile(css)) {
            diagnostics.error(css.toString(), 0, 0, "the print style sheet is missing; expected "
                    + STYLESHEET + " in the templates folder");
            return;
        }
        FontSet fonts = FontSet.load(locator.locate(request.fontDir()));
        checkGlyphs(compendium, editions, fonts, diagnostics);
        ITextFontResolver resolver = fonts.resolver();
        EditionHtmlBuilder builder = new EditionHtmlBuilder(compendium, Files.readString(css, StandardCharsets.UTF_8));
        // One edition after the other: typesetting editions on parallel threads made the fonts' subset
        // prefixes depend on thread timing (state inside OpenPDF), and builds must be byte-identical.
        for (Edition edition : editions) {
            Path file = file(output.root(), edition.year());
            fonts.seedSubsetPrefixes(builder.bookTitle(edition));
            write(builder, edition, metadata(compendium, builder, edition), resolver, output, file);
        }
    }

    private static void write(EditionHtmlBuilder builder, Edition edition, PdfMetadata metadata,
                              ITextFontResolver resolver, OutputFiles output, Path file) throws IOException {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(builder.build(edition));
        ITextRenderer renderer = new ITextRenderer(resolver);
        renderer.setListener(new PdfaListener(metadata));
        renderer.setDocument(dom, "file:///compendium/");
        renderer.layout();
        try (OutputStream out = new BufferedOutputStream(output.newOutputStream(file))) {
            renderer.createPDF(out);
        } catch (DocumentException e) {
            throw new IOException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }

    private static void checkGlyphs(Compendium compendium, List<Edition> editions, FontSet fonts,
                                    Diagnostics diagnostics) {
        GlyphChecker checker = new GlyphChecker(fonts.font(FontRole.SONG), fonts.source(FontRole.SONG).describe());
        java.util.Set<Document> seen = new java.util.LinkedHashSet<>();
        for (Edition edition : editions) {
            edition.summary().ifPresent(seen::add);
            for (Policy p : edition.policies()) {
                seen.add(p);
                seen.addAll(compendium.interpretationsOf(p.id()));
            }
        }
        seen.forEach(d -> checker.check(d, compendium.contentRoot(), diagnostics));
    }

    private static PdfMetadata metadata(Compendium compendium, EditionHtmlBuilder builder, Edition edition) {
        String ids = String.join(",", edition.policies().stream().map(Policy::id).toList());
        return new PdfMetadata(builder.bookTitle(edition), compendium.config().publisher(),
                "截至" + ChineseDates.format(edition.date()) + "现行有效的科技政策文件及其解读",
                String.join(", ", List.of("科技政策", "政策汇编", edition.year() + "年版")),
                compendium.config().language(), compendium.buildTime(), builder.bookTitle(edition) + "|" + ids);
    }
}
