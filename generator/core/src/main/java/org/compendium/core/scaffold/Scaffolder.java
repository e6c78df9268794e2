package org.compendium.core.scaffold;

import freemarker.cache.FileTemplateLoader;
import freemarker.core.ParseException;
import freemarker.core.PlainTextOutputFormat;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.compendium.core.kernel.Diagnostic;
import org.compendium.core.kernel.Diagnostics;

/**
 * Starts a content file from a template ({@code templates/new/KIND.md.ftl}, FreeMarker, plain text) in the
 * folder its kind belongs in. Refuses an id already used (naming the file that uses it), an id or title that
 * is not valid, a note for a policy that does not exist and a file that is there already; nothing is written
 * then. Problems are diagnostics, as a build's are.
 */
public final class Scaffolder {
    private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]*");
    private static final Pattern YEAR = Pattern.compile("(19|20|21)\\d\\d");
    private static final Pattern ID_LINE = Pattern.compile("^id:\\s*['\"]?([^'\"#\\s]+)['\"]?\\s*(#.*)?$");
    private static final Pattern PUBLISHER = Pattern.compile("^publisher:\\s*(.+?)\\s*$");

    /** @param written the file written, when there was no problem */
    public record Result(Optional<Path> written, List<Diagnostic> diagnostics) {
    }

    public Result create(NewDocument request) {
        Diagnostics diagnostics = new Diagnostics();
        Path content = request.contentDir();
        if (!Files.isDirectory(content)) {
            diagnostics.error(content.toString(), 0, 0, "the content folder does not exist; expected a folder with"
                    + " compendium.yaml, policies/, interpretations/ and summaries/");
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        String id = request.id() == null ? "" : request.id().strip();
        String title = request.title() == null ? "" : request.title().strip();
        Path target = target(request.kind(), id, request);
        check(request, id, title, target, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        Optional<String> text = render(request, id, title, policyLink(request), diagnostics);
        if (text.isEmpty()) {
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        Path file = content.resolve(target);
        try {
            Files.createDirectories(file.getParent());
            // CREATE_NEW: a file that appeared meanwhile is never overwritten.
            Files.writeString(file, text.get(), StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW,
                    StandardOpenOption.WRITE);
        } catch (IOException e) {
            diagnostics.error(relative(target), 0, 0, "cannot write the new file [" + e + "]");
            return new Result(Optional.empty(), diagnostics.sorted());
        }
        return new Result(Optional.of(file), diagnostics.sorted());
    }

    /** Where the new file goes, relative to the content folder. */
    private static Path target(NewKind kind, String id, NewDocument request) {
        return switch (kind) {
            case POLICY -> Path.of("policies", String.valueOf(request.date().getYear()), id + ".md");
            case NOTE -> Path.of("interpretations", id + ".md");
            case SUMMARY -> Path.of("summaries", id + ".md");
        };
    }

    private static void check(NewDocument request, String id, String title, Path target, Diagnostics diagnostics) {
        boolean summary = request.kind() == NewKind.SUMMARY;
        if (summary ? !YEAR.matcher(id).matches() : !ID.matcher(id).matches()) {
            diagnostics.error(relative(target), 0, 0, "invalid id [" + id + "] for a new " + request.kind().lowerCase()
                    + (summary ? "; expected the edition's year, e.g. 2025"
                    : "; expected lower-case letters, digits and '-' ([a-z0-9][a-z0-9-]*), e.g. sl-kj-2025-03"));
            return;
        }
        if (title.isEmpty() || title.contains("\n") || title.contains("\r")) {
            diagnostics.error(relative(target), 0, 0, "invalid title [" + title.replace("\n", "\\n")
                    + "]; expected the document's full title on one line");
        }
        Map<String, Located> ids = ids(request.contentDir(), diagnostics);
        if (!summary && ids.containsKey(id)) {
            Located used = ids.get(id);
            diagnostics.error(used.path(), used.line(), used.column(), "id [" + id + "] is already used by this file;"
                    + " expected a new id for the new " + request.kind().lowerCase());
        }
        boolean sameFile = ids.containsKey(id) && ids.get(id).path().equals(relative(target));
        if (!sameFile && Files.exists(request.contentDir().resolve(target), LinkOption.NOFOLLOW_LINKS)) {
            diagnostics.error(relative(target), 1, 1, "the file exists already; expected a new "
                    + (summary ? "year" : "id") + " for the new " + request.kind().lowerCase());
        }
        if (request.kind() == NewKind.NOTE) {
            String policy = request.interprets().map(String::strip).orElse("");
            if (policy.isEmpty()) {
                diagnostics.error(relative(target), 0, 0, "a note needs the policy it interprets; expected its id"
                        + " (--policy ID, -Dcompendium.interprets=ID)");
            } else if (!ids.containsKey(policy) || !ids.get(policy).path().startsWith("policies/")) {
                diagnostics.error(relative(target), 0, 0, "no policy has the id [" + policy + "] that the note"
                        + " interprets; expected the id of a policy under policies/");
            }
        }
    }

    private record Located(String path, int line, int column) {
    }

    /** Every id in the front matter of the policies and notes: the file, line and column it is written at. */
    private static Map<String, Located> ids(Path content, Diagnostics diagnostics) {
        Map<String, Located> ids = new LinkedHashMap<>();
        for (String folder : List.of("policies", "interpretations")) {
            Path dir = content.resolve(folder);
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (var walk = Files.walk(dir)) {
                files = walk.filter(f -> f.toString().endsWith(".md") && Files.isRegularFile(f)).sorted().toList();
            } catch (IOException e) {
                diagnostics.error(folder, 0, 0, "cannot read the folder [" + e + "]");
                continue;
            }
            for (Path file : files) {
                idOf(file).ifPresent(found -> ids.putIfAbsent(found.getKey(), new Located(
                        relative(content.relativize(file)), found.getValue(), 5)));
            }
        }
        return ids;
    }

    /** The {@code id:} of a file's front matter and its line. */
    private static Optional<Map.Entry<String, Integer>> idOf(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return Optional.empty(); // an unreadable or non-UTF-8 file: the build reports it
        }
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return Optional.empty();
        }
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            Matcher m = ID_LINE.matcher(lines.get(i).replace("\uFEFF", ""));
            if (m.matches()) {
                return Optional.of(Map.entry(m.group(1), i + 1));
            }
        }
        return Optional.empty();
    }

    /** For a note: the link from interpretations/ to the policy's file, e.g. {@code ../policies/2024/x.md}. */
    private static String policyLink(NewDocument request) {
        String policy = request.interprets().map(String::strip).orElse("");
        Located at = ids(request.contentDir(), new Diagnostics()).get(policy);
        return at == null ? "" : "../" + at.path();
    }

    private static Optional<String> render(NewDocument request, String id, String title, String policyLink,
                                           Diagnostics diagnostics) {
        String name = request.kind().template();
        Path templateFile = request.templatesDir().resolve(name);
        String shown = templateFile.toString();
        try {
            Configuration config = new Configuration(Configuration.VERSION_2_3_34);
            config.setTemplateLoader(new FileTemplateLoader(request.templatesDir().toFile()));
            config.setDefaultEncoding("UTF-8");
            config.setOutputFormat(PlainTextOutputFormat.INSTANCE);
            config.setLocale(Locale.SIMPLIFIED_CHINESE);
            config.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
            config.setLogTemplateExceptions(false);
            config.setNumberFormat("computer");
            config.setLocalizedLookup(false);
            Template template = config.getTemplate(name);
            Map<String, Object> model = new LinkedHashMap<>();
            model.put("id", id);
            model.put("title", title);
            model.put("titleYaml", yaml(title));
            model.put("date", request.date().toString());
            model.put("year", request.kind() == NewKind.SUMMARY ? id : String.valueOf(request.date().getYear()));
            model.put("interprets", request.interprets().map(String::strip).orElse(""));
            model.put("policyLink", policyLink);
            model.put("publisherYaml", yaml(publisher(request.contentDir()).orElse("（发文机关）")));
            StringWriter out = new StringWriter();
            template.process(model, out);
            return Optional.of(out.toString());
        } catch (TemplateNotFoundException e) {
            diagnostics.error(shown, 0, 0, "the template of a new " + request.kind().lowerCase()
                    + " is missing; expected " + name + " in the templates folder");
        } catch (ParseException e) {
            diagnostics.error(shown, e.getLineNumber(), e.getColumnNumber(), "template syntax error ["
                    + e.getEditorMessage() + "]");
        } catch (TemplateException e) {
            Integer line = e.getLineNumber();
            Integer column = e.getColumnNumber();
            diagnostics.error(shown, line == null ? 0 : line, column == null ? 0 : column, "template error ["
                    + e.getMessageWithoutStackTop().lines().findFirst().orElse("") + "]");
        } catch (IOException e) {
            diagnostics.error(shown, 0, 0, "cannot read the template [" + e + "]");
        }
        return Optional.empty();
    }

    /** The publisher of compendium.yaml (the usual issuer of a new policy), if it has one on a line. */
    private static Optional<String> publisher(Path content) {
        try {
            for (String line : Files.readAllLines(content.resolve("compendium.yaml"), StandardCharsets.UTF_8)) {
                Matcher m = PUBLISHER.matcher(line);
                if (m.matches()) {
                    String value = m.group(1);
                    boolean quoted = value.length() > 1 && (value.startsWith("\"") && value.endsWith("\"")
                            || value.startsWith("'") && value.endsWith("'"));
                    return Optional.of(quoted ? value.substring(1, value.length() - 1) : value);
                }
            }
        } catch (IOException e) {
            // no compendium.yaml: the build reports it
        }
        return Optional.empty();
    }

    /** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
    static String yaml(String text) {
        boolean plain = !text.isEmpty() && !text.matches("(?s).*(: | #|[\"'\\\\\\t]).*")
                && "-?:,[]{}#&*!|>'\"%@`".indexOf(text.charAt(0)) < 0 && !text.endsWith(":")
                && !text.matches("(?i)true|false|yes|no|on|off|null|~|[-+.0-9][-+.0-9_:eE ]*|\\d{4}-\\d\\d?-\\d\\d?([Tt ].*)?");
        if (plain) {
            return text;
        }
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\t", "\\t") + "\"";
    }

    private static String relative(Path path) {
        return path.toString().replace('\\', '/');
    }
}
