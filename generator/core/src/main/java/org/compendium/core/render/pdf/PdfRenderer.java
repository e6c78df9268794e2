package org.compendium.core.render.pdf;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.compendium.core.internal.CodeIdentity;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.model.Compendium;
import org.compendium.core.model.Document;
import org.compendium.core.model.Edition;
import org.compendium.core.model.Policy;
import org.compendium.core.output.OutputFiles;
import org.compendium.core.render.EditionPlanner;
import org.compendium.core.render.EditionReuse;
import org.compendium.core.render.OutputRenderer;
import org.compendium.core.render.template.PageErrors;
import org.compendium.core.render.template.TemplateEngine;
import org.compendium.core.render.template.TextWriter;
import org.jsoup.Jsoup;
import org.jsoup.helper.W3CDom;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.openpdf.pdf.ITextFontResolver;
import org.openpdf.pdf.ITextRenderer;
import org.openpdf.text.DocumentException;

/**
 * The printed annual editions: {@code downloads/compendium-YYYY.pdf}, an A4 book per edition: the XHTML of
 * {@code templates/pdf/book.ftlx} (with the data of {@link PrintBook}) typeset with {@code templates/pdf/print.css}
 * by OpenPDF's HTML renderer, with fonts from {@link FontLocator}, as PDF/A-2b (see {@link PdfaListener}). The
 * PDF's title, subject and keywords are the template's {@code <title>} and {@code <meta name="subject">},
 * {@code <meta name="keywords">}.
 */
public final class PdfRenderer implements OutputRenderer {
    /** Where the style sheet lives under the templates folder. */
    public static final String STYLESHEET = "pdf/print.css";
    /** The template of the whole book under the templates folder. */
    public static final String BOOK = "pdf/book.ftlx";
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
        TemplateEngine templates = new TemplateEngine(request.templatesDir());
        ImageEmbedder images = new ImageEmbedder();
        PrintBookBuilder builder = new PrintBookBuilder(compendium, images,
                Files.readString(css, StandardCharsets.UTF_8));
        PageErrors errors = new PageErrors("book");
        EditionReuse reuse = new EditionReuse(request.outputDir(), output);
        String fixed = fixedInputs(fonts, css);
        boolean failed = false;
        // One edition after the other: typesetting editions on parallel threads made the fonts' subset
        // prefixes depend on thread timing (state inside OpenPDF), and builds must be byte-identical.
        for (Edition edition : editions) {
            Path file = file(output.root(), edition.year());
            TextWriter xhtml = new TextWriter(1 << 16);
            if (!templates.render(BOOK, Map.of("book", builder.build(edition)),
                    output.root().relativize(file).toString(), diagnostics, errors, xhtml)) {
                failed = true;
            }
            if (failed || images.failed()) {
                continue; // the book's template or an image failed: the others are checked, not typeset
            }
            String text = xhtml.toString();
            org.jsoup.nodes.Document book = Jsoup.parse(text, "", Parser.xmlParser());
            prepare(book);
            keepTogether(book);
            PdfMetadata metadata = metadata(compendium, book, edition);
            String key = CodeIdentity.sha256(fixed, metadata.toString(), text);
            if (reuse.reuse(file, key)) {
                continue; // typeset by an earlier build from the same XHTML, fonts and code
            }
            fonts.seedSubsetPrefixes(metadata.title());
            write(book, metadata, resolver, output, file);
            reuse.record(file, key);
        }
        errors.reportTo(diagnostics);
        images.reportTo(compendium.contentRoot(), diagnostics);
    }

    /**
     * What every edition's PDF is made from besides its XHTML and metadata: the code of the generator and of
     * OpenPDF, the fonts (each file's path, size and modification time) and the style sheet.
     */
    private static String fixedInputs(FontSet fonts, Path css) throws IOException {
        StringBuilder text = new StringBuilder("pdf\n");
        text.append(CodeIdentity.of(PdfRenderer.class, ITextRenderer.class, DocumentException.class, Jsoup.class))
                .append('\n');
        for (FontRole role : FontRole.values()) {
            FontSource source = fonts.source(role);
            if (source == null) {
                continue;
            }
            text.append(source.describe());
            if (source.file().isPresent()) {
                Path font = source.file().get();
                text.append(' ').append(Files.size(font)).append(' ').append(Files.getLastModifiedTime(font).toMillis());
            }
            text.append('\n');
        }
        return text.append(CodeIdentity.sha256(Files.readAllBytes(css))).toString();
    }

    /**
     * Cuts over-long paragraphs into blocks ({@link LongParagraphs}), long tables into row groups
     * ({@link LongTables}), long runs of paragraphs into groups ({@link LongRuns}), long lists into lists
     * ({@link LongLists}) and long runs of text into spans
     * ({@link LongTexts}), which keeps the renderer's work linear in the text; none changes a character.
     */
    static void prepare(org.jsoup.nodes.Document book) {
        for (Element body : book.select("body")) {
            LongParagraphs.cut(body);
            LongTables.cut(body);
            LongRuns.group(body);
            LongLists.split(body);
            LongTexts.cut(body);
        }
    }

    /**
     * Marks what stays together on a line or page: bracketed groups of cells ({@link BracketGroups}), table rows and
     * short cells ({@link TableRows}, which reads the groups' widths), and the units that go to the next line whole
     * ({@link LineUnits}); none changes a character.
     */
    static void keepTogether(org.jsoup.nodes.Document book) {
        BracketGroups.apply(book);
        TableRows.keepWhole(book);
        LineUnits.apply(book);
    }

    /** Layouts at most: the first, and one for each round of page breaks asked by {@link TableStarts}. */
    private static final int LAYOUTS = 3;

    /**
     * Lays the book out: pages and boxes, ready to be written. When a table went to the next page with a gap under
     * its header ({@link TableStarts}), a page break is asked before it or its lead ({@code page-start}) and the
     * book laid out again: as before but for the gap.
     */
    static ITextRenderer layout(org.jsoup.nodes.Document book, ITextFontResolver resolver, PdfaListener listener) {
        ITextRenderer renderer = layoutOnce(book, resolver, listener);
        for (int layouts = 1; layouts < LAYOUTS; layouts++) {
            List<Element> starts = TableStarts.pageStarts(renderer);
            if (starts.isEmpty()) {
                break;
            }
            starts.forEach(e -> e.addClass("page-start"));
            renderer = layoutOnce(book, resolver, listener);
        }
        return renderer;
    }

    private static ITextRenderer layoutOnce(org.jsoup.nodes.Document book, ITextFontResolver resolver,
                                            PdfaListener listener) {
        org.w3c.dom.Document dom = new W3CDom().fromJsoup(book);
        ITextRenderer renderer = new ITextRenderer(resolver);
        renderer.getSharedContext().setLineBreakingStrategy(new LineBreaks());
        if (listener != null) {
            renderer.setListener(listener);
        }
        renderer.setDocument(dom, "file:///compendium/");
        renderer.layout();
        return renderer;
    }

    private static void write(org.jsoup.nodes.Document book, PdfMetadata metadata, ITextFontResolver resolver,
                              OutputFiles output, Path file) throws IOException {
        ITextRenderer renderer = layout(book, resolver, new PdfaListener(metadata));
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
        seen.forEach(d -> checker.check(d, diagnostics));
    }

    /** The document information: title, subject and keywords as the template wrote them in the head. */
    private static PdfMetadata metadata(Compendium compendium, org.jsoup.nodes.Document book, Edition edition) {
        String title = text(book.selectFirst("html > head > title"), "");
        String ids = String.join(",", edition.policies().stream().map(Policy::id).toList());
        return new PdfMetadata(title, compendium.config().publisher(),
                meta(book, "subject"), meta(book, "keywords"), compendium.config().language(),
                compendium.buildTime(), title + "|" + ids);
    }

    private static String meta(org.jsoup.nodes.Document book, String name) {
        Element meta = book.selectFirst("html > head > meta[name=" + name + "]");
        return meta == null ? "" : meta.attr("content");
    }

    private static String text(Element element, String otherwise) {
        return element == null ? otherwise : element.text();
    }
}
