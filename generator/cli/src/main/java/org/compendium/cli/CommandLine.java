package org.compendium.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import org.compendium.core.BuildRequest;
import org.compendium.core.OutputFormat;

/** Parsed command-line arguments. */
record CommandLine(String command, BuildRequest.Builder builder, boolean help, boolean timings) {
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

    BuildRequest request() {
        return builder.checkOnly(command.equals("check")).build();
    }

    static CommandLine parse(String[] args) {
        if (args.length == 0 || args[0].equals("-h") || args[0].equals("--help")) {
            return new CommandLine("help", BuildRequest.builder(Path.of("content")), true, false);
        }
        String command = args[0];
        if (!command.equals("build") && !command.equals("check")) {
            throw new IllegalArgumentException("unknown command [" + command + "]; expected build or check");
        }
        Path content = Path.of("content");
        Path output = Path.of("site-output");
        Path templates = Path.of("templates");
        BuildRequest.Builder b = null;
        boolean timings = false;
        var pending = new java.util.LinkedHashMap<String, String>();
        for (int i = 1; i < args.length; i++) {
            String arg = args[i];
            if (arg.equals("--timings")) {
                timings = true;
            } else if (arg.startsWith("--") && i + 1 < args.length) {
                pending.put(arg, args[++i]);
            } else {
                throw new IllegalArgumentException("unexpected argument [" + arg + "]");
            }
        }
        if (pending.containsKey("--content")) {
            content = Path.of(pending.remove("--content"));
        }
        b = BuildRequest.builder(content);
        for (var option : pending.entrySet()) {
            apply(b, option.getKey(), option.getValue());
        }
        if (!pendingHas(args, "--output")) {
            b.outputDir(output);
        }
        if (!pendingHas(args, "--templates")) {
            b.templatesDir(templates);
        }
        return new CommandLine(command, b, false, timings);
    }

    private static boolean pendingHas(String[] args, String option) {
        return Arrays.asList(args).contains(option);
    }

    private static void apply(BuildRequest.Builder b, String option, String value) {
        switch (option) {
            case "--output" -> b.outputDir(Path.of(value));
            case "--templates" -> b.templatesDir(Path.of(value));
            case "--formats" -> b.formats(OutputFormat.parseList(value));
            case "--editions" -> b.editions(years(value));
            case "--font-dir" -> b.fontDir(Path.of(value));
            case "--as-of" -> {
                try {
                    b.asOf(LocalDate.parse(value));
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("invalid date [" + value + "] for --as-of; expected YYYY-MM-DD");
                }
            }
            default -> throw new IllegalArgumentException("unknown option [" + option + "]");
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
