package dev.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache: a cached rule set behaves exactly like a freshly compiled one. */
class RuleCacheTest {

    @TempDir
    Path cache;

    @Test
    void aCachedRuleSetFindsTheSameConflictsWithTheSameMetadata() {
        RuleBook first = RuleBook.load(TestPipeline.RULES, cache);
        assertFalse(first.fromCache(), "nothing cached yet");
        assertEquals(1, jars().size(), "the compiled rules are written to the cache");
        RuleBook second = RuleBook.load(TestPipeline.RULES, cache);
        assertTrue(second.fromCache());
        assertEquals(first.ruleNames(), second.ruleNames());
        assertEquals(describe(first), describe(second), "same conflicts, severities, explanations and descriptions");
    }

    @Test
    void aChangedRuleSetIsCompiledAgainAndAnUnreadableEntryIsRebuilt() throws IOException {
        RuleBook.load(TestPipeline.RULES, cache);
        Files.write(jars().get(0), new byte[] {1, 2, 3});
        RuleBook rebuilt = RuleBook.load(TestPipeline.RULES, cache);
        assertFalse(rebuilt.fromCache(), "a corrupt entry is not used");
        assertTrue(RuleBook.load(TestPipeline.RULES, cache).fromCache(), "and it was written again");
    }

    private static List<String> describe(RuleBook book) {
        List<Article> seeds = TestPipeline.read(Path.of("fixtures/aurus")).articles();
        List<Conflict> conflicts = new StoryChecker(book, TestPipeline.models(), new StageTimer()).check(seeds).conflicts();
        assertFalse(conflicts.isEmpty());
        return conflicts.stream().map(c -> c.id() + " " + c.rule() + " " + c.category() + " " + c.severity() + " "
                + c.explanation() + " " + c.description() + " " + c.also()).toList();
    }

    private List<Path> jars() {
        try (Stream<Path> files = Files.list(cache)) {
            return files.filter(p -> p.toString().endsWith(".jar")).toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
