package org.compendium.core.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The files a build writes under a folder, which may still hold an earlier build's output. A file whose
 * bytes are already there is left alone: not written, its modification time kept. So a build into the
 * previous output (see {@link AtomicPublisher}) writes only what changed, and {@link #removeOthers} then
 * deletes what this build did not write. What is in the way (a folder where a file goes, a file where a
 * folder goes, a symbolic link anywhere) is replaced, never written through. Thread-safe.
 */
public final class OutputFiles {
    private static final Set<OpenOption> READ_WRITE = Set.of(StandardOpenOption.READ, StandardOpenOption.WRITE,
            StandardOpenOption.CREATE, LinkOption.NOFOLLOW_LINKS);
    private final Path root;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The files whose bytes this build changed (written anew, not left alone), for the progress lines. */
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();
    /**
     * A read buffer per writing thread, for comparing a file with the bytes meant for it: a direct buffer is
     * read into without the copy a heap buffer takes, and none is allocated per file.
     */
    private final ThreadLocal<ByteBuffer> readBuffers =
            ThreadLocal.withInitial(() -> ByteBuffer.allocateDirect(64 * 1024));

    /** @param root an existing folder */
    public OutputFiles(Path root) {
        this.root = root.toAbsolutePath().normalize();
        folders.add(this.root);
    }

    public Path root() {
        return root;
    }

    /** Writes {@code text} as UTF-8 into {@code file}, a path under the root. */
    public void write(Path file, String text) throws IOException {
        write(file, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Writes {@code bytes} into {@code file} (a path under the root) unless the file holds them already. */
    public void write(Path file, byte[] bytes) throws IOException {
        write(file, bytes, bytes.length);
    }

    /** Writes the first {@code length} of {@code bytes} into {@code file}, as {@link #write(Path, byte[])}. */
    public void write(Path file, byte[] bytes, int length) throws IOException {
        Path target = claim(file);
        try (FileChannel channel = open(target)) {
            if (channel.size() == length && holds(channel, bytes, length)) {
                return;
            }
            changed.add(target);
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            long position = 0;
            while (buffer.hasRemaining()) {
                position += channel.write(buffer, position);
            }
            channel.truncate(length);
        }
    }

    /** Copies {@code source} into {@code file} (a path under the root) unless the file holds its bytes already. */
    public void copy(Path source, Path file) throws IOException {
        write(file, Files.readAllBytes(source));
    }

    /** A stream that replaces {@code file} (a path under the root): for large outputs written as they are made. */
    public OutputStream newOutputStream(Path file) throws IOException {
        Path target = claim(file);
        clearWay(target);
        changed.add(target);
        return Files.newOutputStream(target, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
    }

    /** @return whether this build wrote {@code file} */
    public boolean contains(Path file) {
        return files.contains(file.toAbsolutePath().normalize());
    }

    /** @return how many files this build wrote (changed or left alone) that {@code which} accepts */
    public long count(Predicate<Path> which) {
        return files.stream().filter(which).count();
    }

    /** @return how many of them this build changed (wrote new bytes into) */
    public long countChanged(Predicate<Path> which) {
        return changed.stream().filter(which).count();
    }

    /** Deletes every file and folder under the root that this build did not write. */
    public void removeOthers() throws IOException {
        Queue<Path> stale = new ConcurrentLinkedQueue<>();
        try {
            collectStale(root, stale);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (Path path : stale) {
            AtomicPublisher.deleteTree(path);
        }
    }

    /** Lists the folders of the tree on all cores: a site has thousands. */
    private void collectStale(Path folder, Queue<Path> stale) {
        List<Path> subfolders = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (folders.contains(entry)) {
                    subfolders.add(entry);
                } else if (!files.contains(entry)) {
                    stale.add(entry);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        subfolders.parallelStream().forEach(sub -> collectStale(sub, stale));
    }

    /** Records {@code file} as written and makes its folders exist; its writer clears what is in its place. */
    private Path claim(Path file) throws IOException {
        Path target = file.toAbsolutePath().normalize();
        if (!target.startsWith(root) || target.equals(root)) {
            throw new IllegalArgumentException("not a file under " + root + ": " + file);
        }
        files.add(target);
        folder(target.getParent());
        return target;
    }

    /**
     * Opens {@code file} for reading and writing, creating it; a folder or symbolic link in its place is
     * deleted first (a link is never written through).
     */
    private static FileChannel open(Path file) throws IOException {
        try {
            return FileChannel.open(file, READ_WRITE);
        } catch (IOException e) {
            if (!clearWay(file)) {
                throw e;
            }
            return FileChannel.open(file, READ_WRITE);
        }
    }

    /** @return whether a folder or symbolic link was in the place of {@code file} (it is deleted) */
    private static boolean clearWay(Path file) throws IOException {
        if (!Files.isDirectory(file, LinkOption.NOFOLLOW_LINKS) && !Files.isSymbolicLink(file)) {
            return false;
        }
        AtomicPublisher.deleteTree(file);
        return true;
    }

    private void folder(Path folder) throws IOException {
        if (folders.contains(folder)) {
            return;
        }
        folder(folder.getParent());
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            try {
                Files.createDirectory(folder);
            } catch (FileAlreadyExistsException e) {
                replaceWithFolder(folder);
            }
        }
        folders.add(folder);
    }

    /** A file (or link) where a folder goes is replaced by the folder; another thread may have made it already. */
    private synchronized void replaceWithFolder(Path folder) throws IOException {
        if (!Files.isDirectory(folder, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(folder);
            Files.createDirectory(folder);
        }
    }

    /**
     * Whether the file (of that length) holds the first {@code length} of {@code bytes}: compared a buffer at a
     * time, stopping early.
     */
    private boolean holds(FileChannel channel, byte[] bytes, int length) throws IOException {
        ByteBuffer buffer = readBuffers.get();
        int position = 0;
        while (position < length) {
            buffer.clear().limit(Math.min(buffer.capacity(), length - position));
            while (buffer.hasRemaining()) {
                if (channel.read(buffer, position + buffer.position()) < 0) {
                    return false;
                }
            }
            buffer.flip();
            if (buffer.mismatch(ByteBuffer.wrap(bytes, position, buffer.remaining()).slice()) >= 0) {
                return false;
            }
            position += buffer.limit();
        }
        return true;
    }
}
