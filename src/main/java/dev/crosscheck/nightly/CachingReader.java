package dev.crosscheck.nightly;

import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * {@link StoryChecker#read} through an {@link ExtractionCache}: an article whose content was read before
 * under the same rules and code is not annotated again. Without a cache it reads every article. A cache
 * entry that cannot be written costs the next run time, not this run its result; each outcome says why its
 * entry was not written, so the run's warning depends only on which entries failed, never on thread timing.
 * Thread-safe.
 */
final class CachingReader {

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
     * One article's reading: what was extracted (from the cache or not), or why it could not be; {@code unwritten}
     * says why its extraction could not be cached (null when it was, or needed no writing).
     */
    record Outcome(Article article, Extracted extracted, RuntimeException failure, boolean cached, String unwritten) {
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
                outcomes[i] = new Outcome(articles.get(i), extracted, null, false, store(articles.get(i), extracted));
            } catch (RuntimeException e) {
                outcomes[i] = new Outcome(articles.get(i), null, e, false, null);
            }
            done.accept(1);
        }
        return List.of(outcomes);
    }

    /** Caches an extraction; returns why it could not be, or null. */
    private String store(Article article, Extracted extracted) {
        if (cache == null) {
            return null;
        }
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
