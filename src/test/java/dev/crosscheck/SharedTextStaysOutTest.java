package dev.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Third-party text stays out of the repository: no file of the project (fixtures, rules, sources, READMEs)
 * holds a run of {@value #RUN} words of an article of the shared corpus or of a SummEdits document or
 * summary. Answer keys quote a few words of the evidence, which stays well under that; a copied sentence or
 * article does not. The seed articles (fixtures/aurus/*.txt) are the project's own and are not checked.
 */
class SharedTextStaysOutTest {

    static final int RUN = 10;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern JSON_ESCAPE = Pattern.compile("\\\\u([0-9a-fA-F]{4})");
    private static final List<Path> PROJECT = List.of(Path.of("fixtures"), Path.of("rules"), Path.of("src"),
            Path.of("README.md"), Path.of("reports/README.md"), Path.of("pom.xml"));

    /** Hash of a run of words, and where in the shared data it comes from. */
    private static Map<Long, String> shared;

    @BeforeAll
    static void readSharedText() throws IOException {
        shared = new HashMap<>();
        ObjectMapper json = new ObjectMapper();
        for (String line : Files.readAllLines(SharedData.corpus(), StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode record = json.readTree(line);
                remember(record.path("text").asText(), "corpus article " + record.path("id").asText());
            }
        }
        try (Stream<Path> files = Files.list(SharedData.summedits())) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode item : json.readTree(file.toFile())) {
                    String where = "SummEdits " + item.path("id").asText();
                    remember(item.path("doc").asText(), where);
                    remember(item.path("summary").asText(), where);
                }
            }
        }
    }

    @Test
    void noFileOfTheProjectHoldsTextOfTheSharedData() throws IOException {
        List<String> leaks = new ArrayList<>();
        for (Path root : PROJECT) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !isSeed(f)).sorted().toList()) {
                    String found = sharedRunIn(file);
                    if (found != null) {
                        leaks.add(file + ": " + found);
                    }
                }
            }
        }
        assertTrue(leaks.isEmpty(), "third-party text in the repository (read it from ../shared instead):\n  "
                + String.join("\n  ", leaks));
    }

    @Test
    void aCopiedSentenceIsFoundEvenWhenJsonEscapes(@TempDir Path tmp) throws IOException {
        String text = new ObjectMapper().readTree(Files.readAllLines(SharedData.corpus()).get(0)).get("text").asText();
        List<String> words = words(text);
        String copied = String.join(" ", words.subList(words.size() / 2, words.size() / 2 + RUN));
        Path file = tmp.resolve("expected.json");
        Files.writeString(file, "{\"why\": \"" + escapeAll(copied) + "\"}");
        assertTrue(sharedRunIn(file) != null, "a copied run of " + RUN + " words went unseen: " + copied);

        Files.writeString(file, String.join(" ", words.subList(words.size() / 2, words.size() / 2 + RUN - 1)));
        assertEquals(null, sharedRunIn(file), "a quote shorter than the limit is allowed");
    }

    private static boolean isSeed(Path file) {
        return file.startsWith(Path.of("fixtures", "aurus")) && file.toString().endsWith(".txt");
    }

    /** The first run of shared words in the file, with its source; null when there is none. */
    private static String sharedRunIn(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String text = unescape(new String(bytes, StandardCharsets.UTF_8));
        List<String> words = words(text);
        for (int i = 0; i + RUN <= words.size(); i++) {
            String source = shared.get(hash(words, i));
            if (source != null) {
                return "\"" + String.join(" ", words.subList(i, i + RUN)) + "...\" from " + source;
            }
        }
        return null;
    }

    private static void remember(String text, String where) {
        List<String> words = words(text);
        for (int i = 0; i + RUN <= words.size(); i++) {
            shared.putIfAbsent(hash(words, i), where);
        }
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static long hash(List<String> words, int from) {
        long h = 1125899906842597L;
        for (int i = from; i < from + RUN; i++) {
            h = 31 * h + words.get(i).hashCode();
            h = 31 * h + ' ';
        }
        return h;
    }

    /** JSON's \\uXXXX escapes back to characters, so an escaped copy reads as the text it is. */
    private static String unescape(String text) {
        return JSON_ESCAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(String.valueOf((char) Integer.parseInt(m.group(1), 16))));
    }

    private static String escapeAll(String s) {
        StringBuilder out = new StringBuilder();
        s.chars().forEach(c -> out.append(c == ' ' ? " " : String.format(Locale.ROOT, "\\u%04x", c)));
        return out.toString();
    }
}
