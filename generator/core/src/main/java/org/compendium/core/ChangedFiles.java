package org.compendium.core;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.compendium.core.load.ContentLoader;
import org.compendium.core.load.ContentLoader.FileLoad;
import org.compendium.core.load.SourceDocument;

/**
 * The document files whose text changed since a compile, loaded again; or nothing when the change is one
 * the compile cannot build on (a file added or deleted, an id changed): then the folder is compiled anew.
 */
final class ChangedFiles {

    private ChangedFiles() {
    }

    /**
     * @param paths changed paths relative to the content folder ({@code /} separators)
     * @return the changed documents by path, or empty when the whole folder must be compiled
     */
    static Optional<Map<String, FileLoad>> of(CompiledContent before, Set<String> paths, Path root,
                                              ContentLoader loader) {
        Map<String, FileLoad> out = new TreeMap<>();
        for (String path : paths) {
            Path file = root.resolve(path);
            if (ignorable(path, before, file)) {
                continue;
            }
            FileLoad old = before.loads().get(path);
            if (old == null || !Files.isRegularFile(file)) {
                return Optional.empty();
            }
            FileLoad fresh = loader.loadFile(root, path);
            if (!sameId(old, fresh)) {
                return Optional.empty();
            }
            if (!sameText(old, fresh)) {
                out.put(path, fresh);
            }
        }
        return Optional.of(out);
    }

    /**
     * Paths that need no document compiled again: hidden files, edited (not added or deleted) assets, which
     * are just copied, and editors' short-lived files that are gone again.
     */
    private static boolean ignorable(String path, CompiledContent before, Path file) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        boolean known = before.loads().containsKey(path) || before.assets().contains(path)
                || before.fixed().stream().anyMatch(d -> d.path().equals(path));
        boolean asset = path.startsWith("assets/") && before.assets().contains(path) && Files.isRegularFile(file);
        return name.startsWith(".") || asset || (!known && !Files.exists(file));
    }

    private static boolean sameId(FileLoad old, FileLoad fresh) {
        Optional<String> a = old.file().filter(SourceDocument.class::isInstance).map(f -> f.id());
        Optional<String> b = fresh.file().filter(SourceDocument.class::isInstance).map(f -> f.id());
        return b.isEmpty() || a.equals(b);
    }

    private static boolean sameText(FileLoad old, FileLoad fresh) {
        return fresh.diagnostics().equals(old.diagnostics()) && old.file().isPresent() && fresh.file().isPresent()
                && old.file().get().source().text().equals(fresh.file().get().source().text());
    }
}
