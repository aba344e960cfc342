package dev.crosscheck.nightly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The gold grouping a labelled feed carries: each JSON / JSONL record's {@code event} field, by record id.
 * Used only to score the grouping; whatever cannot be read here is ingest's to report, so it is passed over.
 */
public final class FeedLabels {

    static final String FIELD = "event";

    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedLabels() {
    }

    /** Article id to event label, for every record under {@code paths} that has both. */
    public static Map<String, String> read(List<Path> paths) {
        Map<String, String> labels = new TreeMap<>();
        for (Path file : files(paths)) {
            String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
            try {
                if (name.endsWith(".jsonl")) {
                    readLines(file, labels);
                } else if (name.endsWith(".json")) {
                    add(JSON.readTree(file.toFile()), labels);
                }
            } catch (IOException e) {
                // unreadable feed files are listed as skipped by ingest; they carry no usable labels
            }
        }
        return labels;
    }

    /** The id and label of one JSONL record, when it has both; a line that is not a record has none. */
    public static Optional<Map.Entry<String, String>> ofLine(String line) {
        if (line.isBlank()) {
            return Optional.empty();
        }
        Map<String, String> labels = new TreeMap<>();
        try {
            add(JSON.readTree(line), labels);
        } catch (JsonProcessingException e) {
            return Optional.empty(); // a corrupt line: ingest skips it with its reason
        }
        return labels.entrySet().stream().findFirst().map(e -> Map.entry(e.getKey(), e.getValue()));
    }

    private static void readLines(Path file, Map<String, String> labels) throws IOException {
        try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                ofLine(line).ifPresent(e -> labels.put(e.getKey(), e.getValue()));
            }
        }
    }

    private static void add(JsonNode node, Map<String, String> labels) {
        if (node == null) {
            return;
        }
        if (node.isArray()) {
            node.forEach(n -> add(n, labels));
            return;
        }
        JsonNode id = node.get("id");
        JsonNode event = node.get(FIELD);
        if (id != null && id.isValueNode() && event != null && event.isValueNode() && !event.asText().isBlank()) {
            labels.put(id.asText(), event.asText());
        }
    }

    private static List<Path> files(List<Path> paths) {
        List<Path> files = new ArrayList<>();
        for (Path path : paths) {
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile).sorted().forEach(files::add);
                } catch (IOException e) {
                    // ingest reports the folder it cannot list
                }
            } else if (Files.isRegularFile(path)) {
                files.add(path);
            }
        }
        return files;
    }
}
