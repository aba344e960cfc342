package dev.crosscheck.nightly;

import dev.crosscheck.check.CheckedStory;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.check.StoryResult;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.group.Story;
import dev.crosscheck.ingest.Skipped;
import dev.crosscheck.report.ReportBuilder;
import dev.crosscheck.report.StoryReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

/**
 * Checks one story, start to finish: its report part from the story cache when the story is unchanged,
 * else its articles read (through the extraction cache), aligned and judged, and the part built and kept.
 * A function of the story's articles and the rules; thread-safe.
 *
 * <p>An article whose analysis throws is skipped with the reason and the story checked without it; a story
 * on which the rules throw keeps its articles, has no conflicts, and is listed as skipped. Neither is cached.
 */
final class StoryTask {

    /** A story's report part, and what failed on the way. */
    record Done(StoryReport part, List<Skipped> failures) {
    }

    private final StoryChecker checker;
    private final CachingReader reader;
    private final StoryCache stories;
    private final StageTimer timer;
    private final AtomicInteger storiesFromCache = new AtomicInteger();
    private final AtomicInteger uncached = new AtomicInteger();

    /** @param stories null to judge every story afresh */
    StoryTask(StoryChecker checker, CachingReader reader, StoryCache stories, StageTimer timer) {
        this.checker = checker;
        this.reader = reader;
        this.stories = stories;
        this.timer = timer;
    }

    /** @param articlesDone told how many more articles are done, as they are */
    Done run(Story story, IntConsumer articlesDone) {
        if (stories != null) {
            var cached = timer.time("story cache", () -> stories.get(story));
            if (cached.isPresent()) {
                storiesFromCache.incrementAndGet();
                articlesDone.accept(story.articles().size());
                return new Done(cached.get(), List.of());
            }
        }
        List<Extracted> read = new ArrayList<>();
        List<Skipped> failures = new ArrayList<>();
        for (CachingReader.Outcome outcome : reader.readAll(story.articles(), articlesDone)) {
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
        if (stories != null && failures.isEmpty()) {
            try {
                stories.put(story, part);
            } catch (IOException | RuntimeException e) {
                uncached.incrementAndGet(); // the next run checks this story again; nothing else is lost
            }
        }
        return new Done(part, failures);
    }

    int storiesFromCache() {
        return storiesFromCache.get();
    }

    /** Stories whose part could not be written to the cache. */
    int uncached() {
        return uncached.get();
    }

    private static String describe(RuntimeException e) {
        StackTraceElement[] trace = e.getStackTrace();
        String where = trace.length == 0 ? "" : " at " + trace[0];
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + where;
    }
}
