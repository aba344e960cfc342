package dev.crosscheck.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The nightly's warning about cache entries it could not write: a function of the stories, not of timing. */
class CacheWarningTest {

    private static StoryTask.Done story(int uncached, String problem) {
        return new StoryTask.Done(null, List.of(), false, 0, 3, uncached, problem);
    }

    @Test
    void countsEveryStorysUnwrittenArticlesAndNamesTheFirstInStoryOrder() {
        Optional<String> warning = NightlyJob.cacheWarning(List.of(story(0, null), story(2, "/cache/x: disk full"),
                story(1, "/cache/y: read-only")));
        assertEquals("3 article(s) could not be cached, so the next run analyses them again; the first failure: "
                + "/cache/x: disk full", warning.orElseThrow());
    }

    @Test
    void aStoryResultThatCouldNotBeCachedIsSaidSo() {
        Optional<String> warning = NightlyJob.cacheWarning(List.of(story(0, "/cache/stories: read-only")));
        assertTrue(warning.orElseThrow().startsWith("a story result could not be cached"), warning.get());
        assertTrue(NightlyJob.cacheWarning(List.of(story(0, null))).isEmpty());
    }
}
