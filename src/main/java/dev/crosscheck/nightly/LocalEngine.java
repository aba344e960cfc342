package dev.crosscheck.nightly;

import dev.crosscheck.check.StageTimer;
import dev.crosscheck.group.Story;
import dev.crosscheck.group.StoryGrouper;
import dev.crosscheck.ingest.Ingested;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The nightly's engine on this machine: the feed's articles grouped in this process and the stories
 * checked on a pool of threads, biggest first, with the results collected in story order.
 */
final class LocalEngine {

    private LocalEngine() {
    }

    static CheckedFeed check(NightlyJob.Request request, Ingested ingested, StoryTask task,
                             ProgressListener progress, StageTimer timer) throws InterruptedException {
        List<Story> stories = timer.time("group", () -> new StoryGrouper().group(ingested.articles()));
        int total = stories.stream().mapToInt(s -> s.articles().size()).sum();
        AtomicInteger articlesDone = new AtomicInteger();
        progress.articles(0, total);
        List<StoryTask.Done> done = ParallelStories.map(stories, request.threads(),
                story -> task.run(story, n -> progress.articles(articlesDone.addAndGet(n), total)));
        return new CheckedFeed(done, ingested.skipped(), FeedLabels.read(request.feed()), task.cacheScopes());
    }
}
