package org.compendium.core.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Maps a list on all cores, each thread taking the next element whenever it has finished one. A parallel
 * stream instead cuts the list into four chunks per worker of the common pool (four in all on two cores)
 * up front: when the elements' costs differ (long and short documents, long listing pages), the thread with
 * the last chunk runs alone for a few hundred milliseconds at the end of each stage.
 */
public final class ParallelLists {

    private ParallelLists() {
    }

    /**
     * {@code function} of each element, in the list's order. When it throws, the other threads stop taking
     * elements, and the first failure is rethrown once they have all stopped.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        AtomicInteger next = new AtomicInteger();
        Runnable worker = () -> {
            for (int i = next.getAndIncrement(); i < results.length; i = next.getAndIncrement()) {
                try {
                    results[i] = function.apply(items.get(i));
                } catch (RuntimeException | Error e) {
                    next.set(results.length);
                    throw e;
                }
            }
        };
        List<ForkJoinTask<?>> helpers = new ArrayList<>();
        int threads = Math.min(ForkJoinPool.getCommonPoolParallelism(), results.length - 1);
        for (int t = 0; t < threads; t++) {
            helpers.add(ForkJoinPool.commonPool().submit(worker));
        }
        Throwable failure = run(worker);
        for (ForkJoinTask<?> helper : helpers) {
            Throwable thrown = run(helper::join);
            failure = failure != null ? failure : thrown;
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }

    /** {@code action} on each element, as {@link #map} maps them. */
    public static <T> void forEach(List<T> items, Consumer<? super T> action) {
        map(items, item -> {
            action.accept(item);
            return Boolean.TRUE;
        });
    }

    /** Runs {@code task}; returns what it threw, or null. */
    private static Throwable run(Runnable task) {
        try {
            task.run();
            return null;
        } catch (RuntimeException | Error e) {
            return e;
        }
    }
}
