package dev.crosscheck.check;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Adds up the wall time spent in each pipeline stage, for --timings and benchmarks. */
public final class StageTimer {

    private final Map<String, Long> nanos = new LinkedHashMap<>();

    public synchronized void add(String stage, long elapsedNanos) {
        nanos.merge(stage, elapsedNanos, Long::sum);
    }

    public <T> T time(String stage, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(stage, System.nanoTime() - start);
        }
    }

    /** Milliseconds per stage, in the order stages were first timed. */
    public synchronized Map<String, Long> millis() {
        Map<String, Long> ms = new LinkedHashMap<>();
        nanos.forEach((k, v) -> ms.put(k, v / 1_000_000));
        return ms;
    }
}
