package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

    // a and b are near copies; c is like b but not like a: the article that links two events.
    private static final double[][] CHAIN = {
            {1.0, 0.9, 0.0},
            {0.9, 1.0, 0.5},
            {0.0, 0.5, 1.0}};

    @Test
    void oneLinkingArticleDoesNotChainGroupsTogether() {
        // {a,b} to c averages (0.0 + 0.5) / 2 = 0.25: below the threshold, although b-c alone is above it.
        assertEquals(List.of(List.of(0, 1), List.of(2)), AverageLinkage.cluster(CHAIN, List.of(0, 1, 2), 0.3));
    }

    @Test
    void groupsMergeWhileTheirAverageReachesTheThreshold() {
        assertEquals(List.of(List.of(0, 1, 2)), AverageLinkage.cluster(CHAIN, List.of(0, 1, 2), 0.25));
        assertEquals(List.of(List.of(0), List.of(1), List.of(2)), AverageLinkage.cluster(CHAIN, List.of(0, 1, 2), 0.95));
    }

    @Test
    void onlyTheGivenItemsAreClustered() {
        assertEquals(List.of(List.of(1, 2)), AverageLinkage.cluster(CHAIN, List.of(2, 1), 0.3));
        assertEquals(List.of(), AverageLinkage.cluster(CHAIN, List.of(), 0.3));
    }
}
