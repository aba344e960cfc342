package dev.crosscheck.meaning;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Frame vectors by text: computed only for texts not seen before, and kept (up to a bound, least
 * recently used first out) because news repeats its frames ("people killed", "people injured") story after
 * story. The model is loaded on first need, so a run that needs no vector never loads it. Thread-safe.
 */
public final class FrameVectors {

    private static final int KEEP = 50_000; // about 80 MB of vectors at most
    private static final FrameVectors SHARED = new FrameVectors(new Lazy<>(FrameEncoder::load));

    private final Supplier<FrameEncoder> encoder;
    private final Map<String, float[]> known = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, float[]> eldest) {
            return size() > KEEP;
        }
    };
    private long embedded;

    public FrameVectors(Supplier<FrameEncoder> encoder) {
        this.encoder = encoder;
    }

    /** The vectors of this JVM: one model, loaded on first need, and one cache, for every story and thread. */
    public static FrameVectors shared() {
        return SHARED;
    }

    /** A value made on first use, once, whatever the number of threads asking. */
    private static final class Lazy<T> implements Supplier<T> {
        private final Supplier<T> make;
        private volatile T value;

        Lazy(Supplier<T> make) {
            this.make = make;
        }

        @Override
        public T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    if (value == null) {
                        value = make.get();
                    }
                    v = value;
                }
            }
            return v;
        }
    }

    /** The vectors of these texts, embedding those not known yet. */
    public Map<String, float[]> of(Collection<String> texts) {
        Map<String, float[]> found = new HashMap<>();
        List<String> missing = new ArrayList<>();
        synchronized (known) {
            for (String text : new LinkedHashSet<>(texts)) {
                float[] v = known.get(text);
                if (v != null) {
                    found.put(text, v);
                } else {
                    missing.add(text);
                }
            }
        }
        if (!missing.isEmpty()) {
            List<float[]> vectors = encoder.get().embed(missing);
            synchronized (known) {
                for (int i = 0; i < missing.size(); i++) {
                    known.put(missing.get(i), vectors.get(i));
                    found.put(missing.get(i), vectors.get(i));
                }
                embedded += missing.size();
            }
        }
        return found;
    }

    /** Forgets every vector, as a new process starts: for a benchmark's first run. The model stays loaded. */
    public void forget() {
        synchronized (known) {
            known.clear();
        }
    }

    /** How many texts the model has embedded so far (cache misses), for timings and benchmarks. */
    public long embedded() {
        synchronized (known) {
            return embedded;
        }
    }
}
