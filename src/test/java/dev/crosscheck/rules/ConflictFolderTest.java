package dev.crosscheck.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.ingest.Article;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A discrepancy repeated by many outlets is one flag that names its other sources, not one flag per pair. */
class ConflictFolderTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 14);
    private static final String THREE = "The two ministers then walked along the river with three women, presumably nurses,"
            + " walking behind them.";
    private static final String ONE = "The two ministers then walked along the river with one woman, presumably a doctor,"
            + " walking behind them.";

    @Test
    void fourOutletsSplitTwoAgainstTwoGiveOneFlagWithItsOtherSources() {
        List<Article> articles = List.of(
                TestPipeline.article("planet", "Daily Planet", DAY, THREE),
                TestPipeline.article("globe", "Morning Globe", DAY, THREE),
                TestPipeline.article("star", "Evening Star", DAY, ONE),
                TestPipeline.article("post", "Night Post", DAY, ONE));
        List<Conflict> counts = TestPipeline.check(articles).conflicts().stream()
                .filter(c -> c.rule().equals("Same group, different counts across sources")).toList();
        assertEquals(1, counts.size(), "one flag for one discrepancy: " + counts.stream().map(Conflict::id).toList());
        String also = counts.get(0).also().toString();
        for (String outlet : List.of("Daily Planet", "Morning Globe", "Evening Star", "Night Post")) {
            assertTrue(counts.get(0).evidence().stream().anyMatch(a -> outlet.equals(a.at().outlet()))
                    || also.contains(outlet), outlet + " is named: " + counts.get(0));
        }
    }

    @Test
    void oneFigureClashingInTwoSentencesOfOneArticleIsOneFlagWhicheverRulesSawIt() {
        // the copied sentence changes the figure; a second sentence of the first article gives it in other words
        List<Article> articles = List.of(
                TestPipeline.article("planet", "Daily Planet", DAY, "Leaving out the sale of a van depot, profits from its "
                        + "high street shops were $41.2 million or 55 cents a share on takings of $600 million.\n\n"
                        + "The baking group also reported profits from its high street shops of $41.2 million, a record."),
                TestPipeline.article("star", "Evening Star", DAY, "The baking group said profits from its high street "
                        + "shops were $44.2 million or 55 cents a share on takings of $600 million."));
        List<Conflict> conflicts = TestPipeline.check(articles).conflicts();
        assertEquals(1, conflicts.size(), conflicts.toString());
        String cited = conflicts.get(0).toString();
        assertTrue(cited.contains("Leaving out the sale") && cited.contains("also reported"),
                "both sentences of the first article are cited: " + cited);
    }
}
