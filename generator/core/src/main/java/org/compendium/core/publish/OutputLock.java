package org.compendium.core.publish;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An exclusive lock on an output folder, held by one build at a time: the file {@code .NAME.lock} beside
 * the folder, locked with the operating system's file lock, holding the owner's process id. The system
 * releases the lock when its process dies, so the lock of a killed build is stale and simply taken over.
 * The file stays when the build ends (deleting it would let a build that opened it just before lock a file
 * no other build sees); it is empty then. A second build into the same folder gets
 * {@link OutputLockedException} naming the owner, before it touches anything.
 */
public final class OutputLock implements AutoCloseable {
    private final FileChannel channel;
    private final FileLock lock;

    private OutputLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** The lock file of {@code output} (an absolute, normalized path). */
    public static Path fileOf(Path output) {
        return output.resolveSibling("." + output.getFileName() + ".lock");
    }

    /** Takes the lock of {@code output} or fails at once with {@link OutputLockedException}. */
    public static OutputLock acquire(Path output) throws IOException {
        FileChannel channel = FileChannel.open(fileOf(output), StandardOpenOption.CREATE, StandardOpenOption.READ,
                StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS);
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null; // held by another build in this JVM
        } catch (IOException | RuntimeException e) {
            channel.close();
            throw e;
        }
        if (lock == null) {
            String owner = owner(channel);
            channel.close();
            throw new OutputLockedException(output, owner);
        }
        OutputLock held = new OutputLock(channel, lock);
        held.writeOwner("pid " + ProcessHandle.current().pid() + "\n");
        return held;
    }

    private void writeOwner(String text) throws IOException {
        channel.truncate(0);
        channel.write(ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII)), 0);
    }

    private static String owner(FileChannel channel) {
        try {
            ByteBuffer buffer = ByteBuffer.allocate(64);
            channel.read(buffer, 0);
            String text = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
            return text.matches("pid \\d+") ? "process " + text.substring(4) : "another build";
        } catch (IOException e) {
            return "another build";
        }
    }

    /** Empties the lock file and releases the lock. */
    @Override
    public void close() throws IOException {
        try {
            writeOwner("");
        } finally {
            try {
                lock.release();
            } finally {
                channel.close();
            }
        }
    }
}
