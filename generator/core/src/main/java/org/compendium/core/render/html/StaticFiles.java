package org.compendium.core.render.html;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.compendium.core.kernel.Diagnostics;
import org.compendium.core.output.OutputFiles;

/** Copies the site's stylesheets and scripts ({@code templates/site/static/}) into the output. */
final class StaticFiles {

    private StaticFiles() {
    }

    static void copy(Path from, OutputFiles output, Path to, Diagnostics diagnostics) throws IOException {
        if (!Files.isDirectory(from)) {
            diagnostics.error(from.toString(), 0, 0, "missing folder of static site files [" + from
                    + "]; expected the project's templates/site/static/ with site.css and the scripts");
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(from)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path f : files) {
            output.copy(f, to.resolve(from.relativize(f).toString()));
        }
    }
}
