package dev.crosscheck.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.cli.CliRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The walk-through in rules/README.md, done as a rule author would: copy the rules, add exactly the files
 * the README shows (knowledge, a near-English rule, test cases; no Java), and run the rule tools.
 */
class WalkthroughTest {

    private static final Pattern FILE = Pattern.compile("<!-- walkthrough-file: (\\S+) -->\\s*\\n```\\w*\\n(.*?)\\n```",
            Pattern.DOTALL);

    @TempDir
    Path tmp;

    @Test
    void aNewConflictKindNeedsOnlyKnowledgeARuleAndATest() throws IOException {
        Map<String, String> files = walkthroughFiles();
        assertEquals(3, files.size(), "the README shows a knowledge file, a rule and a test: " + files.keySet());
        Path rules = copyRules();
        for (Map.Entry<String, String> file : files.entrySet()) {
            assertFalse(file.getKey().endsWith(".java"));
            Path target = rules.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.writeString(target, file.getValue() + "\n");
        }

        CliRunner.Run check = CliRunner.run("rules", "check", rules.toString());
        assertEquals(0, check.code(), check.out());
        assertFalse(check.out().contains("Two outlets give different ages for the same person\" is not exercised"),
                check.out());

        CliRunner.Run test = CliRunner.run("rules", "test", rules.toString());
        assertEquals(0, test.code(), test.out());
        assertTrue(test.out().contains("PASS  Two outlets give the gunman different ages"), test.out());
        assertTrue(test.out().contains("PASS  The same age written two ways is not a conflict"), test.out());

        Path ages = rules.resolve("tests/ages.yaml");
        Files.writeString(ages, Files.readString(ages).replace("values: [\"64\", \"66\"]", "values: [\"64\", \"67\"]"));
        CliRunner.Run changed = CliRunner.run("rules", "test", rules.toString());
        assertEquals(1, changed.code(), changed.out());
        assertTrue(changed.out().contains("FAIL  Two outlets give the gunman different ages"), changed.out());
        // the report names what was raised instead (the shipped rules may raise flags of their own beside it)
        assertTrue(changed.out().lines().anyMatch(l -> l.contains("raised: ")
                && l.contains("Two outlets give different ages for the same person [64, 66]")), changed.out());
    }

    @Test
    void withoutTheWalkthroughFilesAgesAreNotRead() throws IOException {
        Path rules = copyRules();
        Path ages = rules.resolve("tests/ages.yaml");
        Files.writeString(ages, walkthroughFiles().get("tests/ages.yaml") + "\n");
        CliRunner.Run test = CliRunner.run("rules", "test", rules.toString());
        assertEquals(2, test.code(), "the test names a rule that does not exist yet: " + test.out() + test.err());
    }

    private static Map<String, String> walkthroughFiles() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        Matcher m = FILE.matcher(Files.readString(Path.of("rules/README.md")));
        while (m.find()) {
            files.put(m.group(1), m.group(2));
        }
        return files;
    }

    private Path copyRules() throws IOException {
        return dev.crosscheck.TestPipeline.copyRules(tmp);
    }
}
