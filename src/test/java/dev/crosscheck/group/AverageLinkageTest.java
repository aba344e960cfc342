package dev.crosscheck.group;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class AverageLinkageTest {

    // a and b are near copies; c is like b but not like a (no edge): the article that links two events.
    private static final List<Edge> CHAIN = List.of(new Edge(0, 1, 0.9, null), new Edge(1, 2, 0.5, null));

    @Test
    void oneLinkingArticleDoesNotChainGroupsTogether() {
        // {a,b} to c averages (0.0 + 0.5) / 2 = 0.25: below the threshold, although b-c alone is above it.
        assertEquals("[[0, 1], [2]]", groups(new int[] {0, 1, 2}, CHAIN, 0.3));
    }

    @Test
    void groupsMergeWhileTheirAverageReachesTheThreshold() {
        assertEquals("[[0, 1, 2]]", groups(new int[] {0, 1, 2}, CHAIN, 0.25));
        assertEquals("[[0], [1], [2]]", groups(new int[] {0, 1, 2}, CHAIN, 0.95));
    }

    @Test
    void onlyTheGivenItemsAreClustered() {
        assertEquals("[[1, 2]]", groups(new int[] {1, 2}, CHAIN, 0.3));
        assertEquals("[]", groups(new int[0], CHAIN, 0.3));
    }

    @Test
    void tiesGoToTheLowestPair() {
        List<Edge> even = List.of(new Edge(0, 1, 0.5, null), new Edge(1, 2, 0.5, null));
        assertEquals("[[0, 1], [2]]", groups(new int[] {0, 1, 2}, even, 0.3));
    }

    /** The sparse algorithm against the plain one (every pair scanned at every step) on random graphs. */
    @Test
    void mergesAsAScanOfEveryPairWould() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            int n = 2 + random.nextInt(12);
            double[][] sim = new double[n][n];
            List<Edge> edges = new java.util.ArrayList<>();
            for (int a = 0; a < n; a++) {
                for (int b = a + 1; b < n; b++) {
                    if (random.nextDouble() < 0.4) {
                        double s = random.nextInt(10) / 10.0; // coarse values, so that ties happen
                        sim[a][b] = s;
                        sim[b][a] = s;
                        if (s > 0) {
                            edges.add(new Edge(a, b, s, null));
                        }
                    }
                }
            }
            double threshold = 0.1 + random.nextInt(5) / 10.0;
            int[] items = java.util.stream.IntStream.range(0, n).toArray();
            assertEquals(scan(sim, threshold), groups(items, edges, threshold), "round " + round);
        }
    }

    private static String groups(int[] items, List<Edge> edges, double threshold) {
        return AverageLinkage.cluster(items, edges, threshold).stream().map(Arrays::toString).toList().toString();
    }

    /** Average linkage by brute force: the best pair of groups (lowest indices on a tie) until none reaches the threshold. */
    private static String scan(double[][] sim, double threshold) {
        int n = sim.length;
        List<List<Integer>> groups = new java.util.ArrayList<>();
        for (int i = 0; i < n; i++) {
            groups.add(new java.util.ArrayList<>(List.of(i)));
        }
        while (true) {
            int bestA = -1;
            int bestB = -1;
            double best = Double.NEGATIVE_INFINITY;
            for (int a = 0; a < groups.size(); a++) {
                for (int b = a + 1; b < groups.size(); b++) {
                    double sum = 0;
                    for (int x : groups.get(a)) {
                        for (int y : groups.get(b)) {
                            sum += sim[x][y];
                        }
                    }
                    double average = sum / (groups.get(a).size() * groups.get(b).size());
                    if (average > best) {
                        best = average;
                        bestA = a;
                        bestB = b;
                    }
                }
            }
            if (bestA < 0 || best < threshold) {
                break;
            }
            groups.get(bestA).addAll(groups.remove(bestB));
        }
        return groups.stream().map(g -> g.stream().sorted().toList().toString()).toList().toString();
    }
}
