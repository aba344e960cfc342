package dev.crosscheck.nightly;

import dev.crosscheck.ingest.Skipped;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * What an engine hands back after reading, grouping and checking a feed: each story's part in story order,
 * the inputs skipped while reading (in feed order), the event labels the feed carried (article id to
 * label), and the cache folders the run used. The report is made from it the same way whatever the engine.
 */
public record CheckedFeed(List<StoryTask.Done> stories, List<Skipped> skipped, Map<String, String> labels,
                          List<Path> cacheScopes) {

    public CheckedFeed {
        stories = List.copyOf(stories);
        skipped = List.copyOf(skipped);
        labels = Map.copyOf(labels);
        cacheScopes = List.copyOf(cacheScopes);
    }
}
