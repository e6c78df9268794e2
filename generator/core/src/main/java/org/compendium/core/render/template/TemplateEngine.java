package org.compendium.core.render.template;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.HTMLOutputFormat;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.compendium.core.kernel.Diagnostics;

/**
 * FreeMarker over the project's {@code templates/} folder, HTML auto-escaping on. A template error is
 * reported at the template's line and column, naming the content file being rendered (once per place:
 * see {@link PageErrors}); a syntax error, the same for every page, is reported once.
 */
public final class TemplateEngine {
    private final Configuration config;
    private final Path templatesDir;
    /** Parsed templates by name: FreeMarker's own cache builds a key and takes a lock on every lookup. */
    private final Map<String, Template> parsed = new ConcurrentHashMap<>();

    public TemplateEngine(Path templatesDir) throws IOException {
        this.templatesDir = templatesDir.toAbsolutePath().normalize();
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_34);
        cfg.setTemplateLoader(new FileTemplateLoader(this.templatesDir.toFile()));
        cfg.setObjectWrapper(new TemplateObjectWrapper(Configuration.VERSION_2_3_34));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputFormat(HTMLOutputFormat.INSTANCE);
        cfg.setRecognizeStandardFileExtensions(true);
        cfg.setLocale(Locale.SIMPLIFIED_CHINESE);
        cfg.setTimeZone(TimeZone.getTimeZone("Asia/Shanghai"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setNumberFormat("computer");
        cfg.setLocalizedLookup(false);
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        this.config = cfg;
    }

    /**
     * Renders {@code template} with {@code model}.
     *
     * @param renderingPath the content file the page is for (named in error messages), or empty
     */
    public Optional<String> render(String template, Map<String, Object> model, String renderingPath,
                                   Diagnostics diagnostics) {
        TextWriter out = new TextWriter(16 * 1024);
        PageErrors errors = new PageErrors();
        boolean rendered = render(template, model, renderingPath, diagnostics, errors, out);
        errors.reportTo(diagnostics);
        return rendered ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * Renders {@code template} with {@code model} into {@code out}.
     *
     * @param errors where a runtime error goes, to be reported once per place for all the pages rendered
     * @return false when it failed (the problem is among the diagnostics or {@code errors}, and what
     *         {@code out} got is partial)
     */
    public boolean render(String template, Map<String, Object> model, String renderingPath, Diagnostics diagnostics,
                   PageErrors errors, Writer out) {
        try {
            template(template).process(model, out);
            return true;
        } catch (TemplateException | IOException e) {
            // A template that does not parse (ParseException), one it imports or includes (the layout), or one
            // FreeMarker keeps as a failure "on an earlier attempt": reported at the syntax error's line.
            Optional<ParseException> syntax = parseCause(e);
            if (syntax.isPresent()) {
                syntaxError(syntax.get(), template, diagnostics);
            } else if (e instanceof TemplateException t) {
                String file = t.getTemplateSourceName() == null ? template : t.getTemplateSourceName();
                String blamed = t.getBlamedExpressionString() == null ? "" : " [" + t.getBlamedExpressionString() + "]";
                errors.add(templatesDir.resolve(file).toString(), lineOf(t), columnOf(t),
                        firstLine(t.getMessageWithoutStackTop()).replaceFirst(":$", "") + blamed, renderingPath);
            } else {
                diagnostics.error(templatesDir.resolve(template).toString(), 0, 0, "cannot load template"
                        + (renderingPath.isEmpty() ? "" : " for " + renderingPath) + ": " + firstLine(e.getMessage()));
            }
            return false;
        }
    }

    /**
     * A template that does not parse: reported at its line without the page being rendered, as it fails the
     * same way for every page, so that the build lists it once ({@link Diagnostics#sorted} drops duplicates).
     */
    private void syntaxError(ParseException e, String template, Diagnostics diagnostics) {
        String file = e.getTemplateName() == null ? template : e.getTemplateName();
        diagnostics.error(templatesDir.resolve(file).toString(), e.getLineNumber(), e.getColumnNumber(),
                "template syntax error: " + firstLine(e.getEditorMessage()).replaceFirst("\\.$", "")
                + "; expected valid FreeMarker syntax");
    }

    /** The syntax error {@code e} is or was caused by (in the template, or one it imports or includes). */
    private static Optional<ParseException> parseCause(Exception e) {
        for (Throwable cause = e; cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause instanceof ParseException parse) {
                return Optional.of(parse);
            }
        }
        return Optional.empty();
    }

    /**
     * Parses every template of {@code folder} (a folder of the templates folder) ahead of its first use. A
     * template that fails to load or parse is left out: rendering with it reports the problem.
     */
    public void parseAll(String folder) throws IOException {
        try (Stream<Path> files = Files.list(templatesDir.resolve(folder))) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.endsWith(".ftlh") || name.endsWith(".ftlx")) {
                    try {
                        template(folder + "/" + name);
                    } catch (IOException e) {
                        // Reported by render, with the page being rendered: FreeMarker would keep the failure
                        // and give render a general "error loading the template" instead of the parse error.
                        config.clearTemplateCache();
                    }
                }
            }
        }
    }

    private Template template(String name) throws IOException {
        Template t = parsed.get(name);
        if (t == null) {
            t = config.getTemplate(name);
            parsed.putIfAbsent(name, t);
        }
        return t;
    }

    private static int lineOf(TemplateException e) {
        return e.getLineNumber() == null ? 0 : e.getLineNumber();
    }

    private static int columnOf(TemplateException e) {
        return e.getColumnNumber() == null ? 0 : e.getColumnNumber();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        String m = message.strip();
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
