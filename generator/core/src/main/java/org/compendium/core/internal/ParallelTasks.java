package org.compendium.core.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** Runs a few independent, I/O-throwing tasks on their own threads and waits for all of them. */
public final class ParallelTasks {

    private ParallelTasks() {
    }

    /** Runs {@code tasks} concurrently; rethrows the first failure (in task order) once all have ended. */
    public static void run(List<Callable<Void>> tasks) throws IOException {
        if (tasks.size() == 1) {
            call(tasks.get(0));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            List<Future<Void>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            // The first failure is kept, not thrown, until every task has ended: an unchecked one too, as
            // the caller may delete the folder the other tasks are still writing into.
            Throwable failure = null;
            for (Future<Void> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    failure = failure != null ? failure : e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
            }
            if (failure != null) {
                throw asIo(failure);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static void call(Callable<Void> task) throws IOException {
        try {
            task.call();
        } catch (Exception e) {
            throw asIo(e);
        }
    }

    private static IOException asIo(Throwable t) {
        if (t instanceof IOException io) {
            return io;
        }
        if (t instanceof UncheckedIOException u) {
            return u.getCause();
        }
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        return new IOException(t);
    }
}
