package org.compendium.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.compendium.core.BuildResult;
import org.compendium.core.CompendiumBuilder;
import org.compendium.core.UpToDateBuilder;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.DiagnosticFormatter;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.preview.PreviewSession;
import org.compendium.core.scaffold.NewDocument;
import org.compendium.core.scaffold.Scaffolder;

/**
 * Command line over the core: {@code compendium build|check|serve [options]}. Exit status 0 on success, 1 when
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
        if (cli.command().equals("new")) {
            return create(cli.newDocument());
        }
        BuildRequest request = cli.request();
        if (cli.command().equals("serve")) {
            return serve(cli);
        }
        // build: nothing is done when the output is up to date, as the Maven goal does (UpToDateBuilder)
        DiagnosticFormatter formatter = new DiagnosticFormatter(request.contentDir(), Path.of("").toAbsolutePath());
        UpToDateBuilder.Outcome outcome = new UpToDateBuilder().build(request, cli.rebuild(), formatter::format,
                line -> { });
        if (outcome.upToDate()) {
            outcome.oldWarnings().forEach(err::println);
            err.println("compendium: " + request.outputDir() + " is up to date (nothing changed since its build;"
                    + " --rebuild to build anyway)");
            return 0;
        }
        BuildResult result = outcome.result().orElseThrow();
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

    /** Writes a new content file from its template; problems as a build reports them, exit status 1. */
    private int create(NewDocument document) {
        Scaffolder.Result result = new Scaffolder().create(document);
        DiagnosticFormatter formatter = new DiagnosticFormatter(document.contentDir(), Path.of("").toAbsolutePath());
        result.diagnostics().forEach(d -> err.println(formatter.format(d)));
        if (result.written().isEmpty()) {
            err.println("compendium: " + Diagnostics.summary(result.diagnostics()) + "; nothing was written");
            return 1;
        }
        err.println("compendium: wrote " + result.written().get());
        return 0;
    }

    /** Builds, serves and watches until Ctrl-C (a shutdown hook closes the session cleanly). */
    private int serve(CommandLine cli) {
        PreviewSession session;
        try {
            session = PreviewSession.start(cli.request(), new PreviewSession.Options(cli.host(), cli.port(),
                    PreviewSession.Options.defaults().debounce()), Path.of("").toAbsolutePath(), err::println);
        } catch (IOException e) {
            err.println("compendium: cannot start the preview on " + cli.host() + ":" + cli.port() + ": " + e.getMessage());
            return 1;
        }
        Thread hook = new Thread(() -> {
            session.close();
            err.println("compendium: preview stopped");
        }, "compendium-preview-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            session.awaitClose();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.close();
        }
        return 0;
    }
}
