package org.compendium.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.compendium.core.kernel.BuildRequest;

/**
 * Whether an output folder is up to date, so that a build with nothing changed can stop at once (as make
 * does). The stamp, {@code .NAME.stamp} beside the output, holds a digest of what the last successful
 * build read (every file under the content and templates folders and the font folder: path, size,
 * modification time; the request; {@code SOURCE_DATE_EPOCH} and the last commit of the content; the
 * generator's own classes) and of what it wrote (the output's files: path, size, modification time), and
 * the warnings it reported, to report them again. Touching, editing, adding or removing any of those
 * files, or changing the output, makes the output out of date.
 */
public final class BuildStamp {
    private static final String MAGIC = "compendium-stamp 1";
    private final Path file;
    private final Path output;
    private final String inputs;

    private BuildStamp(Path file, Path output, String inputs) {
        this.file = file;
        this.output = output;
        this.inputs = inputs;
    }

    /** The stamp of {@code request}'s inputs now (read from disk: a walk over the content and templates). */
    public static BuildStamp of(BuildRequest request, Map<String, String> environment, String lastCommit) {
        Path output = request.outputDir().toAbsolutePath().normalize();
        Digest digest = new Digest();
        digest.line(MAGIC);
        digest.line("request " + request.contentDir().toAbsolutePath().normalize() + " | " + output + " | "
                + request.templatesDir().toAbsolutePath().normalize() + " | " + request.formats().stream().sorted().toList()
                + " | " + request.editions() + " | " + request.asOf() + " | " + request.timestamp() + " | "
                + request.fontDir().map(p -> p.toAbsolutePath().normalize()) + " | " + request.reports());
        digest.line("SOURCE_DATE_EPOCH " + environment.getOrDefault("SOURCE_DATE_EPOCH", ""));
        digest.line("commit " + lastCommit);
        digest.tree("content", request.contentDir());
        digest.tree("templates", request.templatesDir());
        request.fontDir().ifPresent(dir -> digest.tree("fonts", dir));
        generator().ifPresent(code -> digest.tree("generator", code));
        return new BuildStamp(output.resolveSibling("." + output.getFileName() + ".stamp"), output, digest.hex());
    }

    /**
     * @return the warnings of the last build (as it reported them) when the output is up to date: the stamp
     *         was written for these inputs and the output is as that build left it; empty otherwise
     */
    public Optional<List<String>> upToDate() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
        if (lines.size() < 3 || !lines.get(0).equals(MAGIC) || !lines.get(1).equals(inputs)
                || !Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS) || !lines.get(2).equals(outputDigest())) {
            return Optional.empty();
        }
        return Optional.of(List.copyOf(lines.subList(3, lines.size())));
    }

    /** Records a successful build of these inputs, with the warnings it reported. */
    public void save(List<String> warnings) throws IOException {
        List<String> lines = new ArrayList<>(List.of(MAGIC, inputs, outputDigest()));
        warnings.forEach(w -> lines.add(w.replace('\n', ' ')));
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        Files.write(temporary, lines, StandardCharsets.UTF_8);
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    /** Forgets the last build (a failed build, or one asked to rebuild). */
    public void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    public Path file() {
        return file;
    }

    private String outputDigest() {
        Digest digest = new Digest();
        digest.tree("output", output);
        return digest.hex();
    }

    /** Where the generator's classes come from (a jar, or a classes folder in a development build). */
    private static Optional<Path> generator() {
        try {
            return Optional.of(Path.of(CompendiumBuilder.class.getProtectionDomain().getCodeSource().getLocation().toURI()));
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    /** SHA-256 over lines: each file of a tree as its relative path, size and modification time, in sorted order. */
    private static final class Digest {
        private final MessageDigest sha;

        Digest() {
            try {
                sha = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        void line(String text) {
            sha.update((text + "\n").getBytes(StandardCharsets.UTF_8));
        }

        void tree(String name, Path root) {
            line("tree " + name);
            if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
                line("missing");
                return;
            }
            List<String> entries = new ArrayList<>();
            try {
                Files.walkFileTree(root, new SimpleFileVisitor<>() {
                    @Override
                    public FileVisitResult visitFile(Path path, BasicFileAttributes a) {
                        entries.add(root.relativize(path) + "\t" + a.size() + "\t" + a.lastModifiedTime().toMillis()
                                + (a.isSymbolicLink() ? "\tlink" : ""));
                        return FileVisitResult.CONTINUE;
                    }

                    @Override
                    public FileVisitResult visitFileFailed(Path path, IOException e) {
                        entries.add(root.relativize(path) + "\tunreadable");
                        return FileVisitResult.CONTINUE;
                    }
                });
            } catch (IOException e) {
                entries.add("unreadable " + e);
            }
            entries.sort(null);
            entries.forEach(this::line);
        }

        String hex() {
            return HexFormat.of().formatHex(sha.digest());
        }
    }
}
