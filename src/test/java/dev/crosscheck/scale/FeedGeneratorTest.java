package dev.crosscheck.scale;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Generated feeds: reproducible, of the size asked, and new events whose made-up names stay within them. */
class FeedGeneratorTest {

    @TempDir
    Path tmp;

    @Test
    void theSameSeedGivesTheSameFeedOfTheSizeAsked() throws IOException {
        CorpusEvents corpus = CorpusEvents.read(SharedData.corpus());
        Path a = tmp.resolve("a.jsonl");
        Path b = tmp.resolve("b.jsonl");
        FeedGenerator.Summary made = new FeedGenerator(corpus, 7).write(600, a);
        new FeedGenerator(corpus, 7).write(600, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(600, made.articles());
        assertEquals(600, Files.readAllLines(a).size());
        assertTrue(made.events() > corpus.events().size(), "templates recur: " + made.events() + " events");
    }

    @Test
    void anEventChangesItsNamesAndFiguresTheSameWayInEveryArticleAndEachEventItsOwnWay() throws IOException {
        // two reports of one event, written for this test
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.write(corpus, List.of(
                record("a", "2020-03-02", "Flooding in Zarnovia", "The river rose in Zarnovia on Monday, and 1,250 homes"
                        + " were flooded, the mayor, Ilse Quenby, said."),
                record("b", "2020-03-03", "Zarnovia floods", "Officials in Zarnovia on Tuesday counted 1,250 flooded homes,"
                        + " and Quenby asked for help.")));
        Path feed = tmp.resolve("feed.jsonl");
        new FeedGenerator(CorpusEvents.read(corpus), 3).write(12, feed);
        ObjectMapper json = new ObjectMapper();
        Map<String, Set<String>> placesByEvent = new HashMap<>();
        Map<String, Set<String>> homesByEvent = new HashMap<>();
        for (String line : Files.readAllLines(feed)) {
            JsonNode record = json.readTree(line);
            String text = record.get("text").asText();
            assertTrue(!text.contains("Zarnovia") && !text.contains("Quenby"), text);
            Matcher place = Pattern.compile("in (\\p{Lu}\\p{L}+) on").matcher(text);
            Matcher homes = Pattern.compile("([\\d,]+) (?:\\p{L}+ )?homes").matcher(text);
            assertTrue(place.find() && homes.find(), text);
            placesByEvent.computeIfAbsent(record.get("event").asText(), e -> new HashSet<>()).add(place.group(1));
            homesByEvent.computeIfAbsent(record.get("event").asText(), e -> new HashSet<>()).add(homes.group(1));
        }
        assertTrue(placesByEvent.size() > 1, "the event recurs: " + placesByEvent);
        placesByEvent.values().forEach(places -> assertEquals(1, places.size(), "one name per event: " + places));
        homesByEvent.values().forEach(figures -> assertEquals(1, figures.size(), "one figure per event: " + figures));
        Set<String> names = new HashSet<>();
        placesByEvent.values().forEach(names::addAll);
        assertEquals(placesByEvent.size(), names.size(), "each event its own name: " + placesByEvent);
    }

    @Test
    void aFigureWithItsUnitWrittenOnItIsScaledWithTheRest() throws IOException {
        Path corpus = tmp.resolve("corpus.jsonl");
        Files.write(corpus, List.of(
                record("a", "2020-03-02", "Boy falls at zoo", "The boy fell 12 feet (3.7m) into the moat at Zarnovia Zoo, which holds 6,562 feet (2,000m) of water."),
                record("b", "2020-03-02", "Zoo fall", "Keepers at Zarnovia Zoo said the boy fell 12 feet (3.7m).")));
        Path feed = tmp.resolve("feed.jsonl");
        new FeedGenerator(CorpusEvents.read(corpus), 5).write(6, feed);
        for (String line : Files.readAllLines(feed)) {
            String text = new ObjectMapper().readTree(line).get("text").asText();
            Matcher m = Pattern.compile("([\\d.]+) feet \\(([\\d.]+)m\\)").matcher(text);
            assertTrue(m.find(), text);
            double feet = Double.parseDouble(m.group(1));
            double metres = Double.parseDouble(m.group(2));
            assertTrue(feet > 12, "scaled: " + text);
            assertEquals(feet * 0.3048, metres, 0.05 * metres, "the conversion still holds: " + text);
        }
        int grouped = 0;
        for (String line : Files.readAllLines(feed)) {
            String text = new ObjectMapper().readTree(line).get("text").asText();
            Matcher m = Pattern.compile("(\\d{1,3}(?:,\\d{3})+) feet \\(([\\d,]+)m\\)").matcher(text);
            while (m.find()) {
                grouped++;
                double feet = Double.parseDouble(m.group(1).replace(",", ""));
                double metres = Double.parseDouble(m.group(2).replace(",", ""));
                assertEquals(feet * 0.3048, metres, 0.05 * metres, "a grouped figure too: " + text);
            }
        }
        assertTrue(grouped > 0, "the article with a grouped figure is in the feed");
    }

    private static String record(String id, String date, String title, String text) throws IOException {
        Map<String, String> r = new java.util.LinkedHashMap<>();
        r.put("id", id);
        r.put("outlet", "example.org");
        r.put("published", date);
        r.put("title", title);
        r.put("text", text);
        r.put("event", "flood");
        return new ObjectMapper().writeValueAsString(r);
    }

}
