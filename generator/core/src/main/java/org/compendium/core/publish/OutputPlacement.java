package org.compendium.core.publish;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.compendium.core.kernel.BuildRequest;
import org.compendium.core.kernel.Diagnostics;

/**
 * Where an output folder may not be: the build replaces it as a whole (and keeps the folder it replaced
 * as the next build's scratch space), so an output that is, contains or lies inside the content or the
 * templates would move the sources away and delete them a build later. Paths are compared after
 * resolving symbolic links (and, on case-insensitive file systems, the case the file system keeps).
 */
public final class OutputPlacement {

    private OutputPlacement() {
    }

    /**
     * Reports, as errors at the output folder, an output folder of {@code request} that would take its content
     * or templates folder with it (see {@link #problems}).
     *
     * @return whether there was none
     */
    public static boolean check(BuildRequest request, Diagnostics diagnostics) {
        Map<String, Path> sources = new LinkedHashMap<>();
        sources.put("content folder", request.contentDir());
        sources.put("templates folder", request.templatesDir());
        List<String> problems = problems(request.outputDir(), sources);
        problems.forEach(problem -> diagnostics.error(diagnosticPath(request), 0, 0, problem));
        return problems.isEmpty();
    }

    /** The output folder as a diagnostic's path (relative to the content folder, as every path there is). */
    public static String diagnosticPath(BuildRequest request) {
        Path content = request.contentDir().toAbsolutePath().normalize();
        Path output = request.outputDir().toAbsolutePath().normalize();
        try {
            return content.relativize(output).toString().replace('\\', '/');
        } catch (IllegalArgumentException e) {
            return output.toString();
        }
    }

    /**
     * @param sources the folders the build reads, by what the user calls them ("content folder"), in order
     * @return one message per problem, {@code what is wrong [value]; expected …}; empty when the output is fine
     */
    public static List<String> problems(Path output, Map<String, Path> sources) {
        Path out = real(output);
        List<String> problems = new ArrayList<>();
        if (out.getParent() == null) {
            problems.add("output folder is the file system's root [" + out + "]; expected a folder of its own");
            return problems;
        }
        for (Map.Entry<String, Path> source : new LinkedHashMap<>(sources).entrySet()) {
            Path folder = real(source.getValue());
            String relation = out.equals(folder) ? "is the " + source.getKey()
                    : folder.startsWith(out) ? "contains the " + source.getKey()
                    : out.startsWith(folder) ? "lies inside the " + source.getKey() : null;
            if (relation != null) {
                problems.add("output folder " + relation + " [" + output + (out.equals(output.toAbsolutePath()
                        .normalize()) ? "" : " = " + out) + "]; expected a folder apart from " + folder
                        + ": the build replaces its output as a whole and would delete it");
            }
        }
        return problems;
    }

    /**
     * The absolute path with symbolic links resolved as far as it exists (the rest, not yet created, appended
     * as given).
     */
    static Path real(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }
}
