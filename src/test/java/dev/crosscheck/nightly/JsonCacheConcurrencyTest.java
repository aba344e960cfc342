package dev.crosscheck.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Threads writing their first entries into the same new folder at once lose none of them. */
class JsonCacheConcurrencyTest {

    private static final int THREADS = 4;
    private static final int ROUNDS = 300;

    @TempDir
    Path tmp;

    @Test
    void writersRacingIntoANewFolderLoseNothing() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                JsonCache<String> cache = new JsonCache<>(tmp.resolve("r" + round), String.class);
                CountDownLatch start = new CountDownLatch(1);
                List<String> keys = new ArrayList<>();
                List<Future<?>> writes = new ArrayList<>();
                for (int t = 0; t < THREADS; t++) {
                    String key = "ab" + String.format("%014x", t); // one folder, "ab", for all of them
                    keys.add(key);
                    writes.add(pool.submit(() -> {
                        start.await();
                        cache.put(key, "value of " + key);
                        return null;
                    }));
                }
                start.countDown();
                for (Future<?> w : writes) {
                    w.get();
                }
                for (String key : keys) {
                    assertEquals(Optional.of("value of " + key), cache.get(key), "round " + round);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
