package dev.crosscheck.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The five seed articles show the scraped layouts ingest must read. */
class SeedArticlesTest {

    private static Map<String, Article> seeds;

    @BeforeAll
    static void read() {
        Ingested ingested = TestPipeline.read(Path.of("fixtures/aurus"));
        assertTrue(ingested.skipped().isEmpty(), ingested.skipped().toString());
        seeds = ingested.articles().stream().collect(Collectors.toMap(a -> a.id().substring(0, 3), Function.identity()));
    }

    @Test
    void publicationDatesComeFromEveryLayout() {
        assertEquals(LocalDate.of(2023, 9, 14), seeds.get("000").published(), "'date 2023-09-14' prefix");
        assertEquals(LocalDate.of(2023, 9, 15), seeds.get("001").published(), "'Alex HarshaSep 15, 2023, 1:51 AM'");
        assertEquals(LocalDate.of(2024, 6, 21), seeds.get("002").published(), "'Author:Reuters 2024-06-21 02:50 15'");
        assertEquals(LocalDate.of(2024, 6, 19), seeds.get("003").published());
        assertEquals(LocalDate.of(2024, 2, 20), seeds.get("004").published());
    }

    @Test
    void titlesBylinesAndOutlets() {
        assertEquals("North Korea’s Kim Jong Un checks out Putin’s ride at Russia summit", seeds.get("001").title());
        assertEquals("Jack Kim", seeds.get("001").byline());
        assertEquals("Reuters", seeds.get("001").outlet(), "from the '(Reuters)' dateline");
        assertEquals("Vladimir Putin, Kim Jong Un take turns to drive each other in limousine", seeds.get("002").title());
        assertEquals("Reuters", seeds.get("002").outlet(), "from 'Author:Reuters'");
    }

    @Test
    void metadataLinesAreNotStoryText() {
        Article a = seeds.get("001");
        assertTrue(a.body().startsWith("North Korea’s Kim Jong Un checks out Putin’s ride at Russia summit\n\n"
                + "SEOUL (Reuters) -Russian President Vladimir Putin invited"), "headline, then the story: " + a.body());
        assertFalse(a.body().contains("Alex Harsha"), "byline block and author bio are gone");
        assertEquals(a.body().indexOf("checks out Putin’s ride"), a.body().lastIndexOf("checks out Putin’s ride"),
                "the repeated headline is kept once");
        assertTrue(seeds.get("000").body().startsWith("Russian President Vladimir Putin invited"));
    }

    @Test
    void boilerplateIsGone() {
        String all = seeds.values().stream().map(Article::body).collect(Collectors.joining("\n"));
        for (String line : new String[] {"Advertisement", "For all the latest headlines", "Read more", "Related Topics",
                "Share on social media", "Leave a Comment", "Disclaimer", "Title:", "Reporting by",
                "US to impose sanctions on Russia"}) {
            assertFalse(all.contains(line), "boilerplate left in a body: " + line);
        }
        assertTrue(seeds.get("001").body().endsWith("That time Kim did not get to climb in."));
        assertTrue(seeds.get("002").body().endsWith("so far this year."));
    }

    @Test
    void aSentenceBrokenAcrossLinesIsJoined() {
        assertTrue(seeds.get("003").body().contains("after the two leaders signed an agreement"),
                "003 breaks this sentence over a blank line");
        assertTrue(seeds.get("003").body().contains("one of Putin's aides said earlier on Wednesday"));
    }
}
