package dev.crosscheck.nightly;

import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntConsumer;

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
    private final AtomicInteger unwritten = new AtomicInteger();
    private final AtomicReference<String> firstWriteFailure = new AtomicReference<>();

    /** @param cache null to read every article afresh */
    CachingReader(StoryChecker checker, ExtractionCache cache, StageTimer timer) {
        this.checker = checker;
        this.cache = cache;
        this.timer = timer;
    }

    /** One article's reading: what was extracted (from the cache or not), or why it could not be. */
    record Outcome(Article article, Extracted extracted, RuntimeException failure, boolean cached) {
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
                outcomes[i] = new Outcome(article, cached.get(), null, true);
                done.accept(1);
                continue;
            }
            try {
                annotated[i] = checker.annotate(article);
            } catch (RuntimeException e) {
                outcomes[i] = new Outcome(article, null, e, false);
                done.accept(1);
            }
        }
        for (int i = 0; i < articles.size(); i++) {
            if (annotated[i] == null) {
                continue;
            }
            try {
                Extracted extracted = checker.extract(annotated[i]);
                store(articles.get(i), extracted);
                outcomes[i] = new Outcome(articles.get(i), extracted, null, false);
            } catch (RuntimeException e) {
                outcomes[i] = new Outcome(articles.get(i), null, e, false);
            }
            done.accept(1);
        }
        return List.of(outcomes);
    }

    private void store(Article article, Extracted extracted) {
        if (cache == null) {
            return;
        }
        long start = System.nanoTime();
        try {
            cache.put(article, extracted);
        } catch (IOException | RuntimeException e) {
            unwritten.incrementAndGet();
            firstWriteFailure.compareAndSet(null, cache.dir() + ": " + e);
        } finally {
            timer.add("article cache", System.nanoTime() - start);
        }
    }

    /** Where the extraction cache is; null without one. */
    java.nio.file.Path cacheDir() {
        return cache == null ? null : cache.dir();
    }

    /** A warning when some entries could not be written, else null. */
    String writeProblem() {
        String first = firstWriteFailure.get();
        return first == null ? null : unwritten.get() + " article(s) could not be cached, so the next run reads them"
                + " again; the first failure: " + first;
    }
}
