package dev.crosscheck.nightly;

import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * {@link StoryChecker#read} through an {@link ExtractionCache}: an article whose content was read before
 * under the same rules and code is not annotated again. Without a cache it reads every article. A cache
 * entry that cannot be written costs the next run time, not this run its result; the first such failure
 * is kept for the run's warnings. Thread-safe.
 */
final class CachingReader {

    private final StoryChecker checker;
    private final ExtractionCache cache;
    private final StageTimer timer;
    private final AtomicInteger hits = new AtomicInteger();
    private final AtomicInteger misses = new AtomicInteger();
    private final AtomicInteger unwritten = new AtomicInteger();
    private final AtomicReference<String> firstWriteFailure = new AtomicReference<>();

    /** @param cache null to read every article afresh */
    CachingReader(StoryChecker checker, ExtractionCache cache, StageTimer timer) {
        this.checker = checker;
        this.cache = cache;
        this.timer = timer;
    }

    Extracted read(Article article) {
        if (cache == null) {
            misses.incrementAndGet();
            return checker.read(article);
        }
        var cached = timer.time("article cache", () -> cache.get(article));
        if (cached.isPresent()) {
            hits.incrementAndGet();
            return cached.get();
        }
        misses.incrementAndGet();
        Extracted extracted = checker.read(article);
        long start = System.nanoTime();
        try {
            cache.put(article, extracted);
        } catch (IOException | RuntimeException e) {
            unwritten.incrementAndGet();
            firstWriteFailure.compareAndSet(null, cache.dir() + ": " + e);
        } finally {
            timer.add("article cache", System.nanoTime() - start);
        }
        return extracted;
    }

    int hits() {
        return hits.get();
    }

    int misses() {
        return misses.get();
    }

    /** A warning when some entries could not be written, else null. */
    String writeProblem() {
        String first = firstWriteFailure.get();
        return first == null ? null : unwritten.get() + " article(s) could not be cached, so the next run reads them"
                + " again; the first failure: " + first;
    }
}
