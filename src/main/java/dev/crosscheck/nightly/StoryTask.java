package dev.crosscheck.nightly;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.check.CheckedStory;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.check.StoryResult;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.group.Story;
import dev.crosscheck.ingest.Skipped;
import dev.crosscheck.report.ReportBuilder;
import dev.crosscheck.report.StoryReport;
import dev.crosscheck.rules.RuleBook;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;
import java.util.function.Supplier;

/**
 * Checks one story, start to finish: its report part from the story cache when the story is unchanged,
 * else its articles read (through the extraction cache), aligned and judged, and the part built and kept.
 * A function of the story's articles and the rules; thread-safe. Every engine checks stories with it,
 * wherever they are (a thread of this machine, a worker of a cluster).
 *
 * <p>An article whose analysis throws is skipped with the reason and the story checked without it; a story
 * on which the rules throw keeps its articles, has no conflicts, and is listed as skipped. Neither is cached.
 */
public final class StoryTask {

    /**
     * A story's report part, what failed on the way, and how it was made: taken whole from the story cache,
     * or from articles taken from the extraction cache and articles analysed afresh. {@code uncachedArticles}
     * counts the articles whose extraction could not be cached, {@code cacheProblem} says why the first cache
     * entry of this story could not be written (null when all were).
     */
    public record Done(StoryReport part, List<Skipped> failures, boolean fromCache, int cachedArticles,
                       int analysedArticles, int uncachedArticles, String cacheProblem) {
    }

    private final StoryChecker checker;
    private final CachingReader reader;
    private final StoryCache stories;
    private final StageTimer timer;

    /** @param stories null to judge every story afresh */
    StoryTask(StoryChecker checker, CachingReader reader, StoryCache stories, StageTimer timer) {
        this.checker = checker;
        this.reader = reader;
        this.stories = stories;
        this.timer = timer;
    }

    /**
     * A task with the caches under {@code cacheRoot} (none when {@code useCache} is false); models are
     * loaded when a first article needs analysing.
     */
    public static StoryTask open(RuleBook book, Supplier<Models> models, Path cacheRoot, boolean useCache,
                                 StageTimer timer) {
        StoryChecker checker = new StoryChecker(book, models, timer);
        ExtractionCache articles = useCache ? ExtractionCache.open(cacheRoot, book.fingerprint()) : null;
        StoryCache stories = useCache ? StoryCache.open(cacheRoot, book.fingerprint()) : null;
        return new StoryTask(checker, new CachingReader(checker, articles, timer), stories, timer);
    }

    /** The cache folders this task reads and writes (none without the cache). */
    List<Path> cacheScopes() {
        return stories == null ? List.of() : List.of(reader.cacheDir(), stories.dir());
    }

    /** The cache folders a task of these rules uses under {@code cacheRoot} (none without the cache). */
    public static List<Path> cacheScopes(RuleBook book, Path cacheRoot, boolean useCache) {
        return useCache ? List.of(ExtractionCache.open(cacheRoot, book.fingerprint()).dir(),
                StoryCache.open(cacheRoot, book.fingerprint()).dir()) : List.of();
    }

    /** @param articlesDone told how many more articles are done, as they are */
    public Done run(Story story, IntConsumer articlesDone) {
        if (stories != null) {
            var cached = timer.time("story cache", () -> stories.get(story));
            if (cached.isPresent()) {
                articlesDone.accept(story.articles().size());
                return new Done(cached.get(), List.of(), true, 0, 0, 0, null);
            }
        }
        List<Extracted> read = new ArrayList<>();
        List<Skipped> failures = new ArrayList<>();
        int cachedArticles = 0;
        int analysed = 0;
        int uncached = 0;
        String cacheProblem = null;
        List<CachingReader.Outcome> outcomes = reader.readAll(story.articles(), articlesDone);
        for (CachingReader.Outcome outcome : outcomes) {
            if (outcome.cached()) {
                cachedArticles++;
            } else {
                analysed++;
            }
            if (outcome.failure() == null) {
                read.add(outcome.extracted());
            } else {
                failures.add(new Skipped(outcome.article().path(), "could not be analysed: " + describe(outcome.failure())));
            }
        }
        StoryResult result = new StoryResult(read, List.of());
        if (!read.isEmpty()) {
            try {
                result = checker.judge(read);
            } catch (RuntimeException e) {
                failures.add(new Skipped("story " + story.id() + " (" + read.size() + " articles)",
                        "the rules could not be run on it, so it has no conflicts: " + describe(e)));
            }
        }
        StoryReport part = ReportBuilder.story(new CheckedStory(story, result));
        // the articles' cache entries were written while the story was judged: wait for them, in order
        for (CachingReader.Outcome outcome : outcomes) {
            String unwritten = outcome.unwritten();
            if (unwritten != null) {
                uncached++;
                cacheProblem = cacheProblem == null ? unwritten : cacheProblem;
            }
        }
        if (stories != null && failures.isEmpty()) {
            try {
                stories.put(story, part);
            } catch (IOException | RuntimeException e) {
                // the next run checks this story again; nothing else is lost
                cacheProblem = cacheProblem == null ? stories.dir() + ": " + e : cacheProblem;
            }
        }
        return new Done(part, failures, false, cachedArticles, analysed, uncached, cacheProblem);
    }

    private static String describe(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }
}
