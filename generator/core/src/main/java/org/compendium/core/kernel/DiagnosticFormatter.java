package org.compendium.core.kernel;

import java.nio.file.Path;
import java.util.List;

/**
 * Prints diagnostics the way a compiler does, with paths as the user would type them: content files
 * relative to the working folder (e.g. {@code content/policies/x.md:12:5: error: …}), other files
 * (templates) likewise, absolute when outside it.
 */
public final class DiagnosticFormatter {
    private final Path contentDir;
    private final Path base;

    /** @param base the folder paths are shown relative to (the Maven project or the working directory) */
    public DiagnosticFormatter(Path contentDir, Path base) {
        this.contentDir = contentDir.toAbsolutePath().normalize();
        this.base = base.toAbsolutePath().normalize();
    }

    public String format(Diagnostic d) {
        return d.format(display(contentDir.resolve(d.path()).normalize()));
    }

    public List<String> formatAll(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(this::format).toList();
    }

    private String display(Path file) {
        return (file.startsWith(base) ? base.relativize(file) : file).toString().replace('\\', '/');
    }
}
