package dev.crosscheck.nightly;

import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;

/**
 * {@link StoryChecker#read} through an {@link ExtractionCache}: an article whose content was read before
 * under the same rules and code is not annotated again. Without a cache it reads every article. A cache
 * entry that cannot be written costs the next run time, not this run its result; each outcome says why its
 * entry was not written, so the run's warning depends only on which entries failed, never on thread timing.
 * Entries are written on a thread of their own while the story goes on to be judged (an extraction is an
 * immutable value, so it can be written while it is read): on a run with a core to spare, the file system's time
 * is off the story's path. Thread-safe.
 */
final class CachingReader {

    /** One writer: entries are small and the disk takes them one at a time anyway. Idle, it ends. */
    private static final ExecutorService WRITER = writer();

    private final StoryChecker checker;
    private final ExtractionCache cache;
    private final StageTimer timer;

    /** @param cache null to read every article afresh */
    CachingReader(StoryChecker checker, ExtractionCache cache, StageTimer timer) {
        this.checker = checker;
        this.cache = cache;
        this.timer = timer;
    }

    /**
     * One article's reading: what was extracted (from the cache or not), or why it could not be; {@code written}
     * is its cache entry being written (null when it needs no writing).
     */
    record Outcome(Article article, Extracted extracted, RuntimeException failure, boolean cached,
                   Future<String> written) {

        /** Why the extraction could not be cached, once its entry is written (null when it was, or needed none). */
        String unwritten() {
            if (written == null) {
                return null;
            }
            try {
                return written.get();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return "interrupted while the cache entry was written";
            } catch (ExecutionException e) {
                return String.valueOf(e.getCause());
            }
        }
    }

    private static ExecutorService writer() {
        ThreadPoolExecutor writer = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                task -> {
                    Thread thread = new Thread(task, "crosscheck-cache-writer");
                    thread.setDaemon(true);
                    return thread;
                });
        writer.allowCoreThreadTimeOut(true);
        return writer;
    }

    /**
     * Reads a story's articles, in order: those read before from the cache, the others annotated all
     * first and extracted after. Tagging article after article keeps the tagger's model in the
     * processor's caches, where extraction in between would push it out: annotation costs about an
     * eighth less that way. An article whose analysis throws is an outcome with its failure.
     *
     * @param done told of each article as it is finished
     */
    List<Outcome> readAll(List<Article> articles, IntConsumer done) {
        Outcome[] outcomes = new Outcome[articles.size()];
        AnnotatedArticle[] annotated = new AnnotatedArticle[articles.size()];
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            Optional<Extracted> cached = cache == null ? Optional.empty()
                    : timer.time("article cache", () -> cache.get(article));
            if (cached.isPresent()) {
                outcomes[i] = new Outcome(article, cached.get(), null, true, null);
                done.accept(1);
                continue;
            }
            try {
                annotated[i] = checker.annotate(article);
            } catch (RuntimeException e) {
                outcomes[i] = new Outcome(article, null, e, false, null);
                done.accept(1);
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            if (annotated[i] == null) {
                continue;
            }
            try {
                Extracted extracted = checker.extract(annotated[i]);
                Article article = articles.get(i);
                Future<String> written = cache == null ? null : WRITER.submit(() -> store(article, extracted));
                outcomes[i] = new Outcome(article, extracted, null, false, written);
            } catch (RuntimeException e) {
                outcomes[i] = new Outcome(articles.get(i), null, e, false, null);
            }
            done.accept(1);
        }
        return List.of(outcomes);
    }

    /** Caches an extraction; returns why it could not be, or null. */
    private String store(Article article, Extracted extracted) {
        long start = System.nanoTime();
        try {
            cache.put(article, extracted);
            return null;
        } catch (IOException | RuntimeException e) {
            return cache.dir() + ": " + e;
        } finally {
            timer.add("article cache", System.nanoTime() - start);
        }
    }

    /** Where the extraction cache is; null without one. */
    java.nio.file.Path cacheDir() {
        return cache == null ? null : cache.dir();
    }
}
