package org.compendium.core.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/** Removing folder trees, for the output writer and the publisher. */
public final class FileTrees {
    private FileTrees() {
    }

    /**
     * Deletes a folder tree (symbolic links as links). The files go on all cores: a site has thousands,
     * and removing the previous output is the last thing a build waits for.
     */
    public static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        List<Path> folders = new ArrayList<>();
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                files.add(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                if (e != null) {
                    throw e;
                }
                folders.add(dir);
                return FileVisitResult.CONTINUE;
            }
        });
        try {
            files.parallelStream().forEach(FileTrees::deleteFile);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path folder : folders) {
            Files.delete(folder);
        }
    }

    private static void deleteFile(Path file) {
        try {
            Files.delete(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
