package org.compendium.core.output;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;

/**
 * The files a build writes under a folder, which may still hold an earlier build's output. A file whose
 * bytes are already there is left alone: not written, its modification time kept. So a build into the
 * previous output (see {@code publish.AtomicPublisher}) writes only what changed, and {@link #removeOthers} then
 * deletes what this build did not write. A changed file is written as a new file beside it and renamed
 * over it, never written in place: a file hard-linked into a snapshot of an earlier output keeps its bytes
 * there. What is in the way (a folder where a file goes, a file where a folder goes, a symbolic link
 * anywhere) is replaced, never written through. Thread-safe.
 */
public final class OutputFiles {
    private static final Set<OpenOption> NEW_FILE = Set.of(StandardOpenOption.WRITE, StandardOpenOption.CREATE_NEW,
            LinkOption.NOFOLLOW_LINKS);
    private final Path root;
    private final Set<Path> files = ConcurrentHashMap.newKeySet();
    private final Set<Path> folders = ConcurrentHashMap.newKeySet();
    /** The files whose bytes this build changed (written anew, not left alone), for the progress lines. */
    private final Set<Path> changed = ConcurrentHashMap.newKeySet();
    /** The files copied unchanged from the previous build instead of being made again (progress lines). */
    private final Set<Path> reused = ConcurrentHashMap.newKeySet();
    private final AtomicLong temporaries = new AtomicLong();
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
        if (holds(target, bytes, length)) {
            return;
        }
        changed.add(target);
        Path temp = temporary(target);
        try (FileChannel channel = FileChannel.open(temp, NEW_FILE)) {
            ByteBuffer buffer = ByteBuffer.wrap(bytes, 0, length);
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw named(e, target);
        }
        replace(temp, target);
    }

    /**
     * The exception of a failed write naming the file: a full disk fails {@code write} with an exception that
     * names none ("No space left on device"), and the user must learn which output could not be written.
     */
    static IOException named(IOException e, Path file) {
        if (e instanceof java.nio.file.FileSystemException f && f.getFile() != null) {
            return e;
        }
        java.nio.file.FileSystemException named = new java.nio.file.FileSystemException(file.toString(), null,
                e.getMessage());
        named.initCause(e);
        return named;
    }

    /** Copies {@code source} into {@code file} (a path under the root) unless the file holds its bytes already. */
    public void copy(Path source, Path file) throws IOException {
        write(file, Files.readAllBytes(source));
    }

    /**
     * A stream for {@code file} (a path under the root), for large outputs written as they are made: the bytes
     * go into a new file beside it, which replaces it on {@link OutputStream#close()} unless it holds the same
     * bytes already (then it is left alone, as {@link #write(Path, byte[])} does).
     */
    public OutputStream newOutputStream(Path file) throws IOException {
        Path target = claim(file);
        Path temp = temporary(target);
        OutputStream stream = Files.newOutputStream(temp, NEW_FILE.toArray(OpenOption[]::new));
        return new FilterOutputStream(stream) {
            private boolean closed;

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                try {
                    out.write(b, off, len);
                } catch (IOException e) {
                    throw named(e, target);
                }
            }

            @Override
            public void close() throws IOException {
                if (closed) {
                    return;
                }
                closed = true;
                try {
                    super.close();
                } catch (IOException e) {
                    Files.deleteIfExists(temp);
                    throw named(e, target);
                }
                if (sameContent(temp, target)) {
                    Files.delete(temp);
                } else {
                    changed.add(target);
                    replace(temp, target);
                }
            }
        };
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

    /** Notes that {@code file} (written already) was copied from the previous build rather than made again. */
    public void markReused(Path file) {
        reused.add(file.toAbsolutePath().normalize());
    }

    /** @return how many files {@code which} accepts were copied from the previous build */
    public long countReused(Predicate<Path> which) {
        return reused.stream().filter(which).count();
    }

    /** The files whose bytes this build changed, relative to the root, with {@code /} separators, sorted. */
    public List<String> changed() {
        return relative(changed);
    }

    /** The files this build wrote, relative to the root, with {@code /} separators, sorted. */
    public List<String> written() {
        return relative(files);
    }

    private List<String> relative(Set<Path> paths) {
        return paths.stream().map(f -> root.relativize(f).toString().replace('\\', '/')).sorted().toList();
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
            FileTrees.deleteTree(path);
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
     * A new file's name beside {@code target}, hidden and unique in this build: files are never written in
     * place, so a file hard-linked elsewhere ({@code cp -al}, {@code rsync --link-dest}) keeps its bytes there.
     * A killed build's leftovers are removed by the next build as files it did not write.
     */
    private Path temporary(Path target) {
        return target.resolveSibling("." + target.getFileName() + ".part-" + ProcessHandle.current().pid() + "-"
                + temporaries.incrementAndGet());
    }

    /** Renames {@code temp} over {@code target}; a folder in its place is deleted first (a link is replaced). */
    private static void replace(Path temp, Path target) throws IOException {
        try {
            if (Files.isDirectory(target, LinkOption.NOFOLLOW_LINKS)) {
                FileTrees.deleteTree(target);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    /** Whether {@code target} is a regular file (not a link) holding exactly the bytes of {@code temp}. */
    private boolean sameContent(Path temp, Path target) throws IOException {
        if (!Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) || Files.size(target) != Files.size(temp)) {
            return false;
        }
        return Files.mismatch(temp, target) < 0;
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
     * Whether {@code file} is a regular file (not a link) of that length holding the first {@code length} of
     * {@code bytes}: compared a buffer at a time, stopping early.
     */
    private boolean holds(Path file, byte[] bytes, int length) throws IOException {
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            return false; // missing, a symbolic link (ELOOP) or unreadable: written anew (which says why it fails)
        }
        try (channel) {
            if (channel.size() != length) {
                return false;
            }
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
        } catch (IOException e) {
            return false; // a folder reads as EISDIR: written anew
        }
    }
}
