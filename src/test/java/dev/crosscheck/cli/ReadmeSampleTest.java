package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Sample output" is what {@code ./crosscheck check fixtures/aurus} prints, character for character:
 * a newcomer who runs the first command compares the two. When extraction or rules change what the seed story
 * gives, this fails with the new output to paste into the README.
 */
class ReadmeSampleTest {

    @Test
    void theReadmesSampleIsWhatTheFirstCommandPrints() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        int section = readme.indexOf("\n## Sample output\n");
        assertTrue(section >= 0, "README.md has a 'Sample output' section");
        int open = readme.indexOf("```\n", section);
        int close = readme.indexOf("\n```", open + 4);
        String sample = readme.substring(open + 4, close);

        CliRunner.Run run = CliRunner.run("check", "fixtures/aurus");
        assertEquals(0, run.code(), run.err());
        String printed = normalised(run.out());
        assertEquals(printed, normalised(sample), "README.md's sample output is not what `./crosscheck check "
                + "fixtures/aurus` prints; the section should read:\n\n```\n" + printed + "\n```\n");
    }

    /** Line ends and trailing spaces aside, which a Markdown editor may change. */
    private static String normalised(String text) {
        return text.lines().map(String::stripTrailing).collect(Collectors.joining("\n")).strip();
    }
}
