package org.compendium.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import org.compendium.core.BuildRequest;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.DiagnosticFormatter;

/**
 * Command line over the core: {@code compendium build|check [options]}. Exit status 0 on success, 1 when
 * the content has errors, 2 for a usage error.
 */
public final class Main {
    private final PrintStream out;
    private final PrintStream err;

    Main(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        System.exit(new Main(System.out, System.err).run(args));
    }

    int run(String[] args) {
        CommandLine cli;
        try {
            cli = CommandLine.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("compendium: " + e.getMessage());
            err.println(CommandLine.USAGE);
            return 2;
        }
        if (cli.help()) {
            out.println(CommandLine.USAGE);
            return 0;
        }
        BuildRequest request = cli.request();
        BuildResult result = new CompendiumBuilder().build(request);
        DiagnosticFormatter formatter = new DiagnosticFormatter(request.contentDir(), Path.of("").toAbsolutePath());
        result.diagnostics().forEach(d -> err.println(formatter.format(d)));
        if (cli.timings()) {
            result.timings().forEach(t -> err.printf("%-14s %6d ms%n", t.stage(), t.millis()));
        }
        if (!result.success()) {
            err.println("compendium: " + result.summary() + (request.checkOnly() ? ""
                    : "; " + request.outputDir() + " was left unchanged"));
            return 1;
        }
        err.println("compendium: " + result.summary() + (result.published() ? "; wrote " + request.outputDir() : ""));
        return 0;
    }
}
