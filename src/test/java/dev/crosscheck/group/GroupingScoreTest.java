package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupingScoreTest {

    private static final Map<String, String> GOLD = Map.of("a", "x", "b", "x", "c", "x", "d", "y", "e", "y", "f", "y");

    @Test
    void aPerfectGroupingScoresOne() {
        GroupingScore s = GroupingScore.of(Map.of("a", "1", "b", "1", "c", "1", "d", "2", "e", "2", "f", "2"), GOLD);
        assertEquals(1, s.adjustedRand(), 1e-12);
        assertEquals(1, s.precision(), 1e-12);
        assertEquals(1, s.recall(), 1e-12);
        assertEquals(1, s.f1(), 1e-12);
        assertEquals(6, s.articles());
    }

    @Test
    void aKnownGroupingHasTheTextbookScores() {
        // Groups {a,b} {c,d} {e,f}: a-b and e-f share a label, c-d does not.
        GroupingScore s = GroupingScore.of(Map.of("a", "1", "b", "1", "c", "2", "d", "2", "e", "3", "f", "3"), GOLD);
        assertEquals(2.0 / 3, s.precision(), 1e-12);        // 2 of the 3 pairs put together are right
        assertEquals(2.0 / 6, s.recall(), 1e-12);           // 2 of the 6 labelled pairs are found
        assertEquals(0.4444444444444444, s.f1(), 1e-12);
        // 15 pairs; 3 put together, 6 labelled together, so 3 * 6 / 15 = 1.2 expected by chance:
        // (2 - 1.2) / ((3 + 6) / 2 - 1.2), Hubert and Arabie's index (as sklearn's adjusted_rand_score).
        assertEquals(0.8 / 3.3, s.adjustedRand(), 1e-12);
    }

    @Test
    void allSingletonsFindNoPairsAndScoreNoBetterThanChance() {
        GroupingScore s = GroupingScore.of(Map.of("a", "1", "b", "2", "c", "3", "d", "4", "e", "5", "f", "6"), GOLD);
        assertEquals(0, s.recall(), 1e-12);
        assertEquals(0, s.adjustedRand(), 1e-12);
    }

    @Test
    void anUnlabelledArticleIsAnError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> GroupingScore.of(Map.of("a", "1", "z", "1"), GOLD));
        assertTrue(e.getMessage().contains("z"), e.getMessage());
    }
}
