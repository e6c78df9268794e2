package org.compendium.core.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Stream;
import org.compendium.core.output.OutputFiles;

/**
 * The list of the files a build wrote, kept in the output as {@value #NAME}. A build replaces its output
 * folder as a whole, so before it does, {@link #checkOwned} makes sure that the folder holds nothing else:
 * an output pointed by mistake at a folder of the user's (a parent of the content, the repository, a
 * document folder) or a file dropped into the published site would otherwise be deleted.
 */
public final class OutputManifest {
    /** The manifest's file name in the output's root. */
    public static final String NAME = ".compendium-output";
    private static final String HEADER = "# compendium: the files the last build wrote into this folder; a build"
            + " replaces the folder only when it holds no others\n";
    private static final int SHOWN = 3;

    private OutputManifest() {
    }

    /** Writes the manifest of what {@code files} holds (itself included) into its root. */
    public static void write(OutputFiles files) throws IOException {
        Path manifest = files.root().resolve(NAME);
        files.write(manifest, new byte[0]); // counted among the files written
        files.write(manifest, text(files.written()));
    }

    /**
     * Writes the manifest of what {@code output} holds now, for a writer that changed files in it without
     * {@link OutputFiles} (the live preview adds and deletes list pages between builds).
     */
    public static void rewrite(Path output) throws IOException {
        Set<String> files = new HashSet<>(filesUnder(output));
        files.add(NAME);
        Path temp = output.resolve(NAME + ".part");
        Files.writeString(temp, text(files.stream().sorted().toList()), StandardCharsets.UTF_8);
        Files.move(temp, output.resolve(NAME), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private static String text(List<String> sortedFiles) {
        StringBuilder text = new StringBuilder(HEADER);
        for (String path : sortedFiles) {
            text.append(escape(path)).append('\n');
        }
        return text.toString();
    }

    /**
     * Checks that {@code output} (absolute, normalized) may be replaced: it does not exist, is empty, or holds
     * only files its manifest lists. An output without a manifest that an earlier version wrote (see
     * {@link #earlierVersion}) is accepted.
     *
     * @param force replace the folder whatever it holds (a real folder; never a symbolic link)
     * @throws PublishRefusedException saying what is in the way and how to resolve it
     */
    public static void checkOwned(Path output, boolean force) throws IOException {
        if (!Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (Files.isSymbolicLink(output)) {
            throw new PublishRefusedException(output, "output folder is a symbolic link [" + output + " -> "
                    + Files.readSymbolicLink(output) + "]; expected a real folder, which the build replaces by"
                    + " renaming: give the link's target as the output");
        }
        if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
            throw new PublishRefusedException(output, "output folder is a file [" + output + "]; expected a folder"
                    + " or a path that does not exist yet");
        }
        if (force) {
            return;
        }
        Optional<Set<String>> listed = read(output);
        if (listed.isEmpty() && earlierVersion(output)) {
            return;
        }
        Set<String> known = listed.orElse(Set.of());
        List<String> others = new ArrayList<>();
        for (String file : filesUnder(output)) {
            if (!known.contains(file)) {
                others.add(file);
            }
        }
        if (others.isEmpty()) {
            return;
        }
        throw new PublishRefusedException(output, "output folder holds " + others.size() + " file"
                + (others.size() == 1 ? "" : "s") + " that " + (listed.isPresent() ? "the last build did not write"
                : "no build wrote") + " [" + shown(others) + "]; expected " + (listed.isPresent()
                ? "only the files of the last build, as the build replaces the folder as a whole: move those"
                + " files elsewhere, or use --force (-Dcompendium.force=true) to delete them"
                : "an empty or new folder, or the output of an earlier build, as the build replaces the folder as"
                + " a whole: give another --output, or use --force (-Dcompendium.force=true) to delete what it"
                + " holds"));
    }

    /**
     * Whether a folder without a manifest is the output of a version before manifests: a spare folder of
     * this generator beside it, or the files only its site has together (the home page, its style sheet
     * and the catalogue of policies).
     */
    private static boolean earlierVersion(Path output) {
        return Files.isDirectory(output.resolveSibling("." + output.getFileName() + ".spare"), LinkOption.NOFOLLOW_LINKS)
                || Stream.of("index.html", "static/site.css", "catalogue.json")
                        .allMatch(f -> Files.isRegularFile(output.resolve(f), LinkOption.NOFOLLOW_LINKS));
    }

    private static String shown(List<String> files) {
        List<String> sorted = files.stream().sorted().toList();
        String first = String.join(", ", sorted.subList(0, Math.min(SHOWN, sorted.size())).stream()
                .map(OutputManifest::escape).toList());
        return sorted.size() > SHOWN ? first + " and " + (sorted.size() - SHOWN) + " more" : first;
    }

    private static Optional<Set<String>> read(Path output) throws IOException {
        Path manifest = output.resolve(NAME);
        if (!Files.isRegularFile(manifest, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.empty();
        }
        Set<String> files = new HashSet<>();
        try {
            for (String line : Files.readString(manifest, StandardCharsets.UTF_8).split("\n")) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    files.add(unescape(line));
                }
            }
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (java.nio.charset.MalformedInputException e) {
            return Optional.empty();
        }
        files.add(NAME);
        return Optional.of(files);
    }

    /** Every file (and link) under {@code root}, relative, with {@code /}; folders listed on all cores. */
    static List<String> filesUnder(Path root) throws IOException {
        Queue<String> found = new ConcurrentLinkedQueue<>();
        try {
            collect(root, "", found);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new ArrayList<>(found);
    }

    private static void collect(Path folder, String prefix, Queue<String> found) {
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                    subfolders.add(entry);
                } else {
                    found.add(prefix + entry.getFileName());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        subfolders.parallelStream().forEach(sub -> collect(sub, prefix + sub.getFileName() + "/", found));
    }

    /** A path on one line: backslash, line feed and carriage return escaped. */
    static String escape(String path) {
        if (path.indexOf('\\') < 0 && path.indexOf('\n') < 0 && path.indexOf('\r') < 0) {
            return path;
        }
        return path.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r");
    }

    static String unescape(String line) {
        if (line.indexOf('\\') < 0) {
            return line;
        }
        StringBuilder out = new StringBuilder(line.length());
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\\' && i + 1 < line.length()) {
                char next = line.charAt(++i);
                out.append(next == 'n' ? '\n' : next == 'r' ? '\r' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
