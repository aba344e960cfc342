package dev.crosscheck.group;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.SharedData;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.knowledge.KnowledgeLoader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The labelled feed: its articles as ingest reads them, and each record's true event. */
record LabelledFeed(Ingested ingested, Map<String, String> events) {

    /** The feed from ../shared; the calling test is skipped without it. */
    static LabelledFeed read() {
        Path feed = SharedData.corpus();
        var boilerplate = KnowledgeLoader.load(Path.of("rules/knowledge")).boilerplate();
        Ingested ingested = new ArticleReader(boilerplate, new LanguageIdentifier()).read(List.of(feed));
        return new LabelledFeed(ingested, readEvents(feed));
    }

    private static Map<String, String> readEvents(Path feed) {
        ObjectMapper json = new ObjectMapper();
        Map<String, String> events = new HashMap<>();
        try {
            for (String line : Files.readAllLines(feed)) {
                if (!line.isBlank()) {
                    JsonNode record = json.readTree(line);
                    events.put(record.get("id").asText(), record.get("event").asText());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + feed, e);
        }
        return events;
    }
}
