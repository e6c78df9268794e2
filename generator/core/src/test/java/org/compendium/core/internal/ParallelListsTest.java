package org.compendium.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelListsTest {

    @Test
    void mapsEveryElementOnceInTheListsOrder() {
        List<Integer> items = IntStream.range(0, 5000).boxed().toList();
        AtomicInteger calls = new AtomicInteger();
        List<String> out = ParallelLists.map(items, n -> {
            calls.incrementAndGet();
            return "#" + n;
        });
        assertEquals(items.stream().map(n -> "#" + n).toList(), out);
        assertEquals(items.size(), calls.get());
        assertThrows(UnsupportedOperationException.class, () -> out.add("x"));
    }

    @Test
    void usesMoreThanOneThreadWhenTheElementsTakeTime() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        ParallelLists.map(IntStream.range(0, 200).boxed().toList(), n -> {
            threads.add(Thread.currentThread());
            busy(200_000);
            return n;
        });
        assertTrue(Runtime.getRuntime().availableProcessors() == 1 || threads.size() > 1, "threads: " + threads);
    }

    @Test
    void emptyAndSingleLists() {
        assertEquals(List.of(), ParallelLists.map(List.<Integer>of(), n -> n));
        assertEquals(List.of(2), ParallelLists.map(List.of(1), n -> n + 1));
    }

    @Test
    void theFirstFailureIsRethrownAfterTheOthersHaveStopped() {
        IllegalStateException failure = new IllegalStateException("element 300");
        AtomicInteger running = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () ->
                ParallelLists.map(IntStream.range(0, 100_000).boxed().toList(), n -> {
                    running.incrementAndGet();
                    try {
                        if (n == 300) {
                            throw failure;
                        }
                        busy(1000);
                        return n;
                    } finally {
                        running.decrementAndGet();
                    }
                }));
        assertTrue(thrown == failure || thrown.getCause() == failure, "thrown: " + thrown);
        assertEquals(0, running.get(), "elements still being mapped after the failure was thrown");
    }

    @Test
    void nestsInsideParallelWork() {
        List<List<Integer>> out = ParallelLists.map(IntStream.range(0, 20).boxed().toList(),
                n -> ParallelLists.map(IntStream.range(0, n).boxed().toList(), m -> m * n));
        for (int n = 0; n < 20; n++) {
            int k = n;
            assertEquals(IntStream.range(0, n).map(m -> m * k).boxed().toList(), out.get(n));
        }
    }

    private static void busy(int iterations) {
        long x = 0;
        for (int i = 0; i < iterations; i++) {
            x += i ^ (x >>> 3);
        }
        if (x == 42) {
            throw new AssertionError();
        }
    }
}
