package dev.crosscheck;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Domain words live in rules/knowledge: no word of the seed story may appear in src/main. */
class SourceHasNoStoryWordsTest {

    private static final Pattern STORY_WORDS = Pattern.compile(
            "\\b(bodyguards?|translators?|aurus|senat|putin|kim jong|maybach|pyongyang|vostochny|limousines?|"
                    + "harsha|reuters|kremlin)\\b");

    @Test
    void mainSourcesNameNothingFromTheSeedStory() throws IOException {
        List<String> hits = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main"))) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                List<String> lines = Files.readAllLines(file);
                for (int i = 0; i < lines.size(); i++) {
                    if (STORY_WORDS.matcher(lines.get(i).toLowerCase(Locale.ROOT)).find()) {
                        hits.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertTrue(hits.isEmpty(), "story words in src/main:\n" + String.join("\n", hits));
    }
}
