package org.compendium.core.preview;

import static java.nio.file.StandardWatchEventKinds.ENTRY_CREATE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_DELETE;
import static java.nio.file.StandardWatchEventKinds.ENTRY_MODIFY;
import static java.nio.file.StandardWatchEventKinds.OVERFLOW;

import java.io.IOException;
import java.nio.file.ClosedWatchServiceException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Watches folders recursively with the JDK's {@link WatchService} (new subfolders are watched as they
 * appear) and reports the changed paths in batches: a batch is handed over once no event came for the
 * debounce time, so an editor's save (often several events) gives one rebuild. Runs on its own thread.
 */
public final class ContentWatcher implements AutoCloseable {
    private final WatchService service;
    private final Map<WatchKey, Path> folders = new HashMap<>();
    private final Duration debounce;
    private final Consumer<Set<Path>> onChange;
    private final Thread thread;

    /** @param onChange receives each batch of changed paths (absolute; a folder when its events overflowed) */
    public ContentWatcher(List<Path> roots, Duration debounce, Consumer<Set<Path>> onChange) throws IOException {
        this.service = roots.getFirst().getFileSystem().newWatchService();
        this.debounce = debounce;
        this.onChange = onChange;
        for (Path root : roots) {
            if (Files.isDirectory(root)) {
                registerTree(root.toAbsolutePath().normalize());
            }
        }
        this.thread = Thread.ofPlatform().name("compendium-watcher").daemon().unstarted(this::run);
    }

    public void start() {
        thread.start();
    }

    private void run() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                Set<Path> batch = new TreeSet<>();
                take(service.take(), batch);
                WatchKey next;
                while ((next = service.poll(debounce.toMillis(), TimeUnit.MILLISECONDS)) != null) {
                    take(next, batch);
                }
                if (!batch.isEmpty()) {
                    onChange.accept(batch);
                }
            }
        } catch (InterruptedException | ClosedWatchServiceException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void take(WatchKey key, Set<Path> batch) {
        Path folder = folders.get(key);
        for (WatchEvent<?> event : key.pollEvents()) {
            if (folder == null) {
                continue;
            }
            if (event.kind() == OVERFLOW) {
                batch.add(folder);
                continue;
            }
            Path path = folder.resolve((Path) event.context());
            batch.add(path);
            if (event.kind() == ENTRY_CREATE && Files.isDirectory(path)) {
                registerNew(path, batch);
            }
        }
        if (!key.reset()) {
            folders.remove(key);
        }
    }

    /** A folder that appeared: watch it, and report the files already in it (moved in, or made before we watched). */
    private void registerNew(Path dir, Set<Path> batch) {
        try {
            registerTree(dir);
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).forEach(batch::add);
            }
        } catch (IOException e) {
            batch.add(dir);
        }
    }

    private void registerTree(Path root) throws IOException {
        try (Stream<Path> dirs = Files.walk(root)) {
            for (Path dir : dirs.filter(Files::isDirectory).toList()) {
                folders.put(dir.register(service, ENTRY_CREATE, ENTRY_MODIFY, ENTRY_DELETE), dir);
            }
        }
    }

    @Override
    public void close() throws IOException {
        thread.interrupt();
        service.close();
    }
}
