package dev.crosscheck.scale;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.SharedData;
import dev.crosscheck.group.GroupingScore;
import dev.crosscheck.group.Story;
import dev.crosscheck.group.StoryGrouper;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grouping a generated feed of 4,000 articles, where every kind of event recurs about every five weeks told in
 * much the same words with other names: the recurrences must stay apart. Before names that many articles use
 * stopped counting as shared, and a trace of shared names stopped counting as half shared, this feed scored an
 * adjusted Rand index of 0.706 (copies of one source article five weeks apart grouped as one story); before names
 * the feed uses in more than nine months stopped counting as shared (the fixtures of a recurring event, the zoo
 * of every recurrence of a zoo story), 0.853.
 */
class GeneratedFeedGroupingTest {

    private static final double REQUIRED_ARI = 0.9;

    @TempDir
    Path tmp;

    @Test
    void recurringEventsToldWithOtherNamesWeeksApartAreOtherStories() throws IOException {
        Path feed = tmp.resolve("feed.jsonl");
        new FeedGenerator(CorpusEvents.read(SharedData.corpus()), 1).write(4000, feed);
        Map<String, String> events = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(feed)) {
            var record = json.readTree(line);
            events.put(record.get("id").asText(), record.get("event").asText());
        }
        var boilerplate = KnowledgeLoader.load(Path.of("rules/knowledge")).boilerplate();
        Ingested ingested = new ArticleReader(boilerplate, new LanguageIdentifier()).read(List.of(feed));
        List<Story> stories = new StoryGrouper().group(ingested.articles());
        GroupingScore score = GroupingScore.of(stories, events);
        System.out.printf(Locale.ROOT, "generated feed of 4,000 articles: %d stories, ARI %.3f, pairwise P %.3f R %.3f%n",
                stories.size(), score.adjustedRand(), score.precision(), score.recall());
        assertTrue(score.adjustedRand() >= REQUIRED_ARI, "adjusted Rand index " + score.adjustedRand());
    }
}
