package org.compendium.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.BuildRequest;
import org.compendium.core.OutputFormat;

/** Parsed command-line arguments. */
record CommandLine(String command, BuildRequest request, boolean timings) {
    static final String USAGE = """
            usage: compendium build|check [options]
              --content DIR     content folder (default: content)
              --output DIR      output folder, replaced atomically (default: site-output)
              --templates DIR   templates folder (default: templates)
              --formats LIST    html,pdf,epub (default: all)
              --editions LIST   years of the PDF/EPUB editions (default: every year with a summary)
              --as-of DATE      status date of the site (default: as_of of compendium.yaml, else build date)
              --font-dir DIR    folder searched first for CJK fonts
              --timings         print the wall time of each stage
            """;

    boolean help() {
        return command.equals("help");
    }

    /** @throws IllegalArgumentException with a message for the user */
    static CommandLine parse(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help") || args[0].equals("help")) {
            return new CommandLine("help", null, false);
        }
        String command = args[0];
        if (!command.equals("build") && !command.equals("check")) {
            throw new IllegalArgumentException("unknown command [" + command + "]; expected build or check");
        }
        Map<String, String> options = new LinkedHashMap<>();
        boolean timings = false;
        for (int i = 1; i < args.length; i++) {
            if (args[i].equals("--timings")) {
                timings = true;
            } else if (args[i].startsWith("--") && i + 1 < args.length) {
                options.put(args[i], args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument [" + args[i] + "]");
            }
        }
        BuildRequest.Builder b = BuildRequest.builder(Path.of(options.getOrDefault("--content", "content")))
                .outputDir(Path.of(options.getOrDefault("--output", "site-output")))
                .templatesDir(Path.of(options.getOrDefault("--templates", "templates")))
                .checkOnly(command.equals("check"));
        options.forEach((option, value) -> apply(b, option, value));
        return new CommandLine(command, b.build(), timings);
    }

    private static void apply(BuildRequest.Builder b, String option, String value) {
        switch (option) {
            case "--content", "--output", "--templates" -> { }
            case "--formats" -> b.formats(OutputFormat.parseList(value));
            case "--editions" -> b.editions(years(value));
            case "--font-dir" -> b.fontDir(Path.of(value));
            case "--as-of" -> b.asOf(date(value));
            default -> throw new IllegalArgumentException("unknown option [" + option + "]");
        }
    }

    private static LocalDate date(String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("invalid date [" + value + "] for --as-of; expected YYYY-MM-DD");
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
