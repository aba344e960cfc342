package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.SharedData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code nightly} over the labelled corpus (383 articles, 69 events), three times: a first run, a second
 * run over the same feed (nothing new, nothing gone, every story from the cache), and a run on one thread
 * without the cache, which must give the first run's report byte for byte (apart from the time).
 */
class NightlyCorpusTest {

    private static final String DATE = "2026-11-23";

    @TempDir
    Path tmp;

    @Test
    void writesTheThreeReportsScoresTheGroupingAndASecondRunChangesNothing() {
        Path out = tmp.resolve("reports");
        CliRunner.Run first = NightlyRuns.nightly(SharedData.corpus(), out, DATE);
        assertEquals(0, first.code(), first.err());
        System.out.println("first run:  " + first.out().strip());
        Matcher ari = Pattern.compile("grouping vs event labels: ARI (\\d\\.\\d+), pairwise P (\\d\\.\\d+) R (\\d\\.\\d+)")
                .matcher(first.out());
        assertTrue(ari.find(), first.out());
        assertTrue(Double.parseDouble(ari.group(1)) >= 0.9, "ARI " + ari.group(1));
        assertEquals(1, first.out().lines().count(), "one summary line");
        for (String name : new String[] {"report.json", "report.html", "report.md"}) {
            assertTrue(Files.isRegularFile(out.resolve(DATE).resolve(name)), name);
        }
        JsonNode report = NightlyRuns.report(out, DATE);
        String firstJson = NightlyRuns.text(out.resolve(DATE).resolve("report.json"));
        assertFalse(firstJson.contains("\"change\""), "no change field without a previous report");
        assertEquals("crosscheck.report/1", report.get("schema").asText());
        assertEquals(383, report.get("articles").size());
        assertTrue(report.get("grouping").get("adjustedRand").asDouble() >= 0.9);
        assertEquals(69, report.get("grouping").get("events").asInt());
        assertNull(report.get("changes"), "nothing to compare the first report with");
        everyArticleInOneStoryAndEveryConflictInItsStory(report);

        CliRunner.Run second = NightlyRuns.nightly(SharedData.corpus(), out, DATE);
        assertEquals(0, second.code(), second.err());
        System.out.println("second run: " + second.out().strip());
        int conflicts = report.get("conflicts").size();
        assertTrue(second.out().contains("; 0 new, " + conflicts + " found again, 0 gone since " + DATE), second.out());
        int stories = report.get("stories").size();
        assertTrue(second.out().contains(stories + " of " + stories + " stories from cache; 0 articles analysed"), second.out());
        JsonNode again = NightlyRuns.report(out, DATE);
        assertEquals(0, again.get("changes").get("new").asInt());
        assertEquals(0, again.get("changes").get("gone").asInt());
        again.get("conflicts").forEach(c -> assertEquals("open", c.get("change").asText()));
        assertEquals(NightlyRuns.withoutRunDetails(report), NightlyRuns.withoutRunDetails(again));
        String md = NightlyRuns.text(out.resolve(DATE).resolve("report.md"));
        assertTrue(md.startsWith("# 0 new, " + conflicts + " found again, 0 gone since " + DATE + "\n"), md);

        Path alone = tmp.resolve("one-thread-no-cache");
        CliRunner.Run third = NightlyRuns.nightly(SharedData.corpus(), alone, DATE, "--threads", "1", "--no-cache");
        assertEquals(0, third.code(), third.err());
        assertEquals(NightlyRuns.withoutGenerated(firstJson),
                NightlyRuns.withoutGenerated(NightlyRuns.text(alone.resolve(DATE).resolve("report.json"))),
                "threads and caches change nothing in the report");
        assertFalse(Files.exists(alone.resolve(".cache")), "--no-cache writes no cache");
    }

    private static void everyArticleInOneStoryAndEveryConflictInItsStory(JsonNode report) {
        Map<String, String> storyOf = new HashMap<>();
        Set<String> conflictIds = new HashSet<>();
        for (JsonNode story : report.get("stories")) {
            story.get("articles").forEach(a -> assertNull(storyOf.put(a.asText(), story.get("id").asText()), a.asText()));
            story.get("conflicts").forEach(c -> conflictIds.add(story.get("id").asText() + "/" + c.asText()));
        }
        assertEquals(383, storyOf.size());
        for (JsonNode c : report.get("conflicts")) {
            assertTrue(conflictIds.contains(c.get("story").asText() + "/" + c.get("id").asText()), c.get("id").asText());
            c.get("evidence").forEach(e -> assertEquals(c.get("story").asText(), storyOf.get(e.get("article").asText())));
        }
    }
}
