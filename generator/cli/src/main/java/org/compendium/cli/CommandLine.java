package org.compendium.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.BureauTime;
import org.compendium.core.kernel.OutputFormat;
import org.compendium.core.kernel.Report;
import org.compendium.core.scaffold.NewDocument;
import org.compendium.core.scaffold.NewKind;

/** Parsed command-line arguments. */
record CommandLine(String command, BuildRequest request, boolean timings, boolean rebuild, String host, int port,
                   NewDocument newDocument) {
    static final String USAGE = """
            usage: compendium build|check|serve [options]
                   compendium new policy|note|summary --id ID --title TITLE [options]
              --content DIR     content folder (default: content)
              --output DIR      output folder, replaced atomically (default: site-output)
              --templates DIR   templates folder (default: templates)
              --formats LIST    html,pdf,epub (default: all)
              --editions LIST   years of the PDF/EPUB editions (default: every year with a summary)
              --as-of DATE      status date of the site (default: as_of of compendium.yaml, else build date)
              --font-dir DIR    folder searched first for CJK fonts
              --timings         print the wall time of each stage
              --report LIST     add reports to the output as info lines: citations (each 《title》 that
                                names no document of the content and stays unlinked)
              --force           replace the output folder even if it holds files no build wrote
              --rebuild         build even when the output is up to date (nothing it is made from changed)
            serve builds the HTML site into --output (default: target/compendium-preview), serves it and
            rebuilds what each edit affects:
              --host ADDRESS    address to listen on (default: 127.0.0.1, loopback only)
              --port N          port (default: 8000; 0 picks a free one)
            new writes a new content file from templates/new/KIND.md.ftl into its folder (policies/YYYY/,
            interpretations/, summaries/), refusing an id that is used already:
              --id ID           the new document's id: [a-z0-9][a-z0-9-]*; for a summary its year
              --title TITLE     its title
              --policy ID       for a note: the policy it interprets
              --date DATE       the date written as issued (default: today)
              --content DIR, --templates DIR as above
            """;

    boolean help() {
        return command.equals("help");
    }

    /** @throws IllegalArgumentException with a message for the user */
    static CommandLine parse(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            return new CommandLine("help", null, false, false, "", 0, null);
        }
        String command = args[0];
        if (command.equals("new")) {
            return parseNew(args);
        }
        if (!command.equals("build") && !command.equals("check") && !command.equals("serve")) {
            throw new IllegalArgumentException("unknown command [" + command + "]; expected build, check, serve or new");
        }
        Map<String, String> options = new LinkedHashMap<>();
        boolean timings = false;
        boolean force = false;
        boolean rebuild = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--timings")) {
                timings = true;
            } else if (args[i].equals("--force")) {
                force = true;
            } else if (args[i].equals("--rebuild")) {
                rebuild = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument [" + args[i] + "]");
            }
        }
        boolean serve = command.equals("serve");
        BuildRequest.Builder b = BuildRequest.builder(Path.of(options.getOrDefault("--content", "content")))
                .outputDir(Path.of(options.getOrDefault("--output", serve ? "target/compendium-preview" : "site-output")))
                .templatesDir(Path.of(options.getOrDefault("--templates", "templates")))
                .checkOnly(command.equals("check"))
                .force(force);
        if (serve) {
            b.formats(java.util.EnumSet.of(OutputFormat.HTML));
        }
        options.forEach((option, value) -> apply(b, option, value));
        return new CommandLine(command, b.build(), timings, rebuild, options.getOrDefault("--host", "127.0.0.1"),
                port(options.getOrDefault("--port", "8000")), null);
    }

    /** {@code new KIND --id ID --title TITLE [--policy ID] [--date DATE] [--content DIR] [--templates DIR]} */
    private static CommandLine parseNew(String[] args) {
        if (args.length < 2 || args[1].startsWith("--")) {
            throw new IllegalArgumentException("new needs the kind of document; expected policy, note or summary");
        }
        NewKind kind = NewKind.parse(args[1]);
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 2; i < args.length; i++) {
            if (List.of("--id", "--title", "--policy", "--date", "--content", "--templates").contains(args[i])
                    && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument [" + args[i] + "] for new");
            }
        }
        for (String required : List.of("--id", "--title")) {
            if (!options.containsKey(required)) {
                throw new IllegalArgumentException("new " + kind.lowerCase() + " needs " + required);
            }
        }
        LocalDate date = options.containsKey("--date") ? date(options.get("--date"), "--date")
                : LocalDate.now(BureauTime.ZONE);
        NewDocument document = new NewDocument(kind, options.get("--id"), options.get("--title"), date,
                java.util.Optional.ofNullable(options.get("--policy")),
                Path.of(options.getOrDefault("--content", "content")),
                Path.of(options.getOrDefault("--templates", "templates")));
        return new CommandLine("new", null, false, false, "", 0, document);
    }

    private static void apply(BuildRequest.Builder b, String option, String value) {
        switch (option) {
            case "--content", "--output", "--templates", "--host", "--port" -> { }
            case "--formats" -> b.formats(OutputFormat.parseList(value));
            case "--editions" -> b.editions(years(value));
            case "--font-dir" -> b.fontDir(Path.of(value));
            case "--as-of" -> b.asOf(date(value, "--as-of"));
            case "--report" -> b.reports(Report.parseList(value));
            default -> throw new IllegalArgumentException("unknown option [" + option + "]");
        }
    }

    private static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port < 0 || port > 65535) {
                throw new NumberFormatException();
            }
            return port;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid port [" + value + "] for --port; expected 0–65535");
        }
    }

    private static LocalDate date(String value, String option) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date [" + value + "] for " + option + "; expected YYYY-MM-DD");
        }
    }

    private static List<Integer> years(String value) {
        try {
            return Arrays.stream(value.split(",")).map(String::strip).map(Integer::valueOf).toList();
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("invalid years [" + value + "] for --editions; expected e.g. 2023,2024");
        }
    }
}
