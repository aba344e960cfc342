package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.SharedData;
import dev.crosscheck.ingest.Article;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Groups the labelled feed (383 articles, 69 events) and scores the grouping against the events. Prints
 * the score, the time, and the score at thresholds around the default, so the build log shows how close
 * the default is to an edge.
 */
class StoryGrouperCorpusTest {

    private static final double REQUIRED_ARI = 0.936; // the full-matrix grouping scored 0.936 before candidate pairs

    private static LabelledFeed feed;

    @BeforeAll
    static void read() {
        feed = LabelledFeed.read();
    }

    @Test
    void groupsTheLabelledFeedLikeItsEvents() {
        List<Article> articles = feed.ingested().articles();
        StoryGrouper grouper = new StoryGrouper();
        Timing first = Timing.of(() -> grouper.group(articles));
        List<Story> stories = grouper.group(articles);
        Timing warm = Timing.of(() -> grouper.group(articles));
        for (int run = 0; run < 2; run++) { // once the JIT has compiled it, as in a long nightly run
            warm = warm.fastest(Timing.of(() -> grouper.group(articles)));
        }

        GroupingScore score = GroupingScore.of(stories, feed.events());
        System.out.printf(Locale.ROOT, "story grouping of %s: %d articles read (%d skipped), %d events, %d stories;"
                        + " %s; first run %s, warm (best of 3) %s%n",
                SharedData.CORPUS, articles.size(), feed.ingested().skipped().size(),
                new HashSet<>(feed.events().values()).size(), stories.size(), describe(score), first, warm);
        for (int hundredths = 8; hundredths <= 16; hundredths++) {
            double threshold = hundredths / 100.0;
            GroupingSettings settings = GroupingSettings.DEFAULTS.withThreshold(threshold);
            GroupingScore at = GroupingScore.of(new StoryGrouper(settings).group(articles), feed.events());
            System.out.printf(Locale.ROOT, "  threshold %.2f: %s%n", threshold, describe(at));
        }

        assertEquals(articles.size(), score.articles(), "every article read is in exactly one story");
        assertTrue(score.adjustedRand() >= REQUIRED_ARI, "adjusted Rand index " + score.adjustedRand());
    }

    @Test
    void everyStoryHasItsOwnIdAndTheTitleOfOneOfItsArticlesWhateverTheInputOrder() {
        List<Story> stories = new StoryGrouper().group(feed.ingested().articles());
        Set<String> ids = new HashSet<>();
        for (Story story : stories) {
            assertTrue(ids.add(story.id()), "duplicate story id " + story.id());
            assertNotNull(story.title(), story.id());
            assertTrue(story.articles().stream().anyMatch(a -> story.title().equals(a.title())), story.title());
        }
        List<Article> reversed = new ArrayList<>(feed.ingested().articles());
        Collections.reverse(reversed);
        assertEquals(stories, new StoryGrouper().group(reversed));
    }

    /** Wall time, and this thread's CPU time, which other builds sharing the machine do not inflate. */
    private record Timing(long wallMs, long cpuMs) {

        static Timing of(Runnable work) {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu = threads.getCurrentThreadCpuTime();
            long wall = System.nanoTime();
            work.run();
            return new Timing((System.nanoTime() - wall) / 1_000_000, (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000);
        }

        Timing fastest(Timing other) {
            return other.cpuMs < cpuMs ? other : this;
        }

        @Override
        public String toString() {
            return cpuMs + " ms CPU (" + wallMs + " ms wall)";
        }
    }

    private static String describe(GroupingScore s) {
        return String.format(Locale.ROOT, "ARI %.3f, pairwise precision %.3f recall %.3f F1 %.3f",
                s.adjustedRand(), s.precision(), s.recall(), s.f1());
    }
}
