package org.compendium.core;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Records the wall time of pipeline stages, for the build summary and the benchmark. */
public final class StageTimer {
    private final List<BuildResult.StageTiming> timings = new ArrayList<>();

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            record(stage, start);
        }
    }

    public void time(String stage, CheckedRunnable work) throws java.io.IOException {
        long start = System.nanoTime();
        try {
            work.run();
        } finally {
            record(stage, start);
        }
    }

    /**
     * Records a stage that started at {@code startNanos} ({@link System#nanoTime()}) and ends now; a stage timed
     * in parts is one entry, the parts' times added up.
     */
    public synchronized void record(String stage, long startNanos) {
        long millis = (System.nanoTime() - startNanos) / 1_000_000;
        for (int i = 0; i < timings.size(); i++) {
            if (timings.get(i).stage().equals(stage)) {
                timings.set(i, new BuildResult.StageTiming(stage, timings.get(i).millis() + millis));
                return;
            }
        }
        timings.add(new BuildResult.StageTiming(stage, millis));
    }

    public synchronized List<BuildResult.StageTiming> timings() {
        return List.copyOf(timings);
    }

    /** A stage that may fail with an I/O error. */
    @FunctionalInterface
    public interface CheckedRunnable {
        void run() throws java.io.IOException;
    }
}
