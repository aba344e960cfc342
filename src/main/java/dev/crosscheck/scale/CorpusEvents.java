package dev.crosscheck.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The events of a labelled feed (JSONL records with an {@code event} field), used as templates for new
 * events: each event's records in publication order. Records without an event label, text or date are
 * left out, since a template needs all three.
 */
public record CorpusEvents(List<Event> events) {

    /** One record of a labelled feed, as the generator uses it. */
    public record Source(String id, String outlet, LocalDate published, String title, String text) {
    }

    /** One labelled event: its label and its records, earliest first. */
    public record Event(String label, List<Source> sources) {

        public Event {
            sources = List.copyOf(sources);
        }

        public LocalDate first() {
            return sources.get(0).published();
        }
    }

    public CorpusEvents {
        events = List.copyOf(events);
    }

    /** Reads a labelled JSONL feed; throws naming the file and line of a record it cannot read. */
    public static CorpusEvents read(Path jsonl) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, List<Source>> byEvent = new TreeMap<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            int number = 0;
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                number++;
                if (line.isBlank()) {
                    continue;
                }
                JsonNode record;
                try {
                    record = json.readTree(line);
                } catch (IOException e) {
                    throw new IOException(jsonl + ":" + number + ": not valid JSON: " + e.getMessage(), e);
                }
                String event = text(record, "event");
                String text = text(record, "text");
                LocalDate published = date(text(record, "published"));
                if (event == null || text == null || published == null) {
                    continue;
                }
                byEvent.computeIfAbsent(event, e -> new ArrayList<>()).add(new Source(text(record, "id"),
                        text(record, "outlet"), published, text(record, "title"), text));
            }
        }
        List<Event> events = new ArrayList<>();
        byEvent.forEach((label, sources) -> events.add(new Event(label, sources.stream()
                .sorted(Comparator.comparing(Source::published).thenComparing(Source::id,
                        Comparator.nullsFirst(Comparator.naturalOrder())))
                .toList())));
        if (events.isEmpty()) {
            throw new IOException(jsonl + ": no record with an event label, a text and a date");
        }
        return new CorpusEvents(events);
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asText();
    }

    private static LocalDate date(String text) {
        if (text == null || text.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(text.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
