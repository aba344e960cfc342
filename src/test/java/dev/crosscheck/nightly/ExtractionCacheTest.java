package dev.crosscheck.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.check.StoryChecker;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.ingest.Article;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The extraction cache gives back exactly what was read, for exactly the same article, or nothing. */
class ExtractionCacheTest {

    private static List<Article> articles;
    private static List<Extracted> fresh;
    private static StoryChecker checker;

    @TempDir
    Path tmp;

    @BeforeAll
    static void readSeeds() {
        articles = TestPipeline.read(Path.of("fixtures/aurus")).articles();
        checker = new StoryChecker(TestPipeline.book(), TestPipeline.models(), new StageTimer());
        fresh = articles.stream().map(checker::read).toList();
    }

    @Test
    void givesBackWhatWasStoredEqualToTheLastDoubleAndTheStoryJudgesTheSame() throws IOException {
        ExtractionCache cache = ExtractionCache.open(tmp, "rules-a");
        for (int i = 0; i < articles.size(); i++) {
            assertTrue(cache.get(articles.get(i)).isEmpty());
            cache.put(articles.get(i), fresh.get(i));
        }
        List<Extracted> cached = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            Extracted back = cache.get(articles.get(i)).orElseThrow();
            assertEquals(fresh.get(i), back, articles.get(i).id());
            cached.add(back);
        }
        assertEquals(checker.judge(fresh), checker.judge(cached));
    }

    @Test
    void theKeyIsTheContentNotThePath() throws IOException {
        ExtractionCache cache = ExtractionCache.open(tmp, "rules-a");
        Article a = articles.get(0);
        cache.put(a, fresh.get(0));
        Article moved = new Article(a.id(), "elsewhere/feed.jsonl:99", a.outlet(), a.url(), a.title(), a.byline(),
                a.published(), a.language(), a.body(), a.problems(), a.story(), a.summaryOf());
        assertEquals("elsewhere/feed.jsonl:99", cache.get(moved).orElseThrow().document().article().path(),
                "found, and carrying the article as read this time");
        Article edited = new Article(a.id(), a.path(), a.outlet(), a.url(), a.title(), a.byline(), a.published(),
                a.language(), a.body() + " One more sentence.", a.problems(), a.story(), a.summaryOf());
        assertTrue(cache.get(edited).isEmpty(), "an edited body is a new article");
    }

    @Test
    void otherRulesOrOtherCodeHaveTheirOwnScope() throws IOException {
        ExtractionCache a = ExtractionCache.open(tmp, "rules-a");
        a.put(articles.get(0), fresh.get(0));
        ExtractionCache b = ExtractionCache.open(tmp, "rules-b");
        assertNotEquals(a.dir(), b.dir());
        assertTrue(b.get(articles.get(0)).isEmpty());
        assertTrue(a.dir().getFileName().toString().matches("[0-9a-f]{16}"));
    }

    @Test
    void aDamagedEntryCountsAsAbsentAndIsWrittenAgain() throws IOException {
        ExtractionCache cache = ExtractionCache.open(tmp, "rules-a");
        cache.put(articles.get(1), fresh.get(1));
        Path entry;
        try (Stream<Path> files = Files.walk(cache.dir())) {
            entry = files.filter(p -> p.toString().endsWith(".sml")).findFirst().orElseThrow();
        }
        byte[] bytes = Files.readAllBytes(entry);
        Files.write(entry, java.util.Arrays.copyOf(bytes, bytes.length / 2)); // cut short, as by a full disk
        assertTrue(cache.get(articles.get(1)).isEmpty());
        Files.writeString(entry, "not Smile at all");
        assertTrue(cache.get(articles.get(1)).isEmpty());
        cache.put(articles.get(1), fresh.get(1));
        assertEquals(fresh.get(1), cache.get(articles.get(1)).orElseThrow());
    }
}
