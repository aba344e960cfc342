package dev.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;

/**
 * Agglomerative clustering with average linkage over a sparse graph: start with every item alone, and
 * repeatedly merge the two groups whose items are most alike on average, until no two groups reach the
 * threshold. A pair of items without an edge counts as 0. Average linkage, unlike joining every pair above
 * a threshold, does not chain unrelated items together through one article that mentions both events.
 *
 * <p>Each group keeps the summed similarity to its neighbouring groups only, and candidate merges wait in a
 * priority queue, so a run costs about (edges) log (edges), not the square of the items. Ties go to the
 * pair with the lowest indices, so the result depends only on the items' order and the edges: clustering
 * a part of the graph that no edge at or above the threshold leaves gives the same groups as clustering
 * the whole.
 */
final class AverageLinkage {

    private AverageLinkage() {
    }

    /**
     * Groups of {@code items} (ascending indices), each in ascending order, the groups ordered by their
     * first index. Edges to items not listed are ignored.
     */
    static List<int[]> cluster(int[] items, List<Edge> edges, double threshold) {
        int n = items.length;
        Map<Integer, Integer> position = new HashMap<>();
        for (int i = 0; i < n; i++) {
            if (i > 0 && items[i] <= items[i - 1]) {
                throw new IllegalArgumentException("items must be in ascending order");
            }
            position.put(items[i], i);
        }
        // Groups are named by their lowest position; sums[g] holds the summed similarity to each neighbour.
        List<Map<Integer, Double>> sums = new ArrayList<>(n);
        int[] size = new int[n];
        int[] version = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            sums.add(new HashMap<>());
            size[i] = 1;
            members.add(new ArrayList<>(List.of(i)));
        }
        for (Edge e : edges) {
            Integer a = position.get(e.a());
            Integer b = position.get(e.b());
            if (a != null && b != null && e.similarity() != 0) {
                sums.get(a).merge(b, e.similarity(), Double::sum);
                sums.get(b).merge(a, e.similarity(), Double::sum);
            }
        }
        PriorityQueue<Merge> queue = new PriorityQueue<>(Merge.BEST_FIRST);
        for (int a = 0; a < n; a++) {
            for (Map.Entry<Integer, Double> e : sums.get(a).entrySet()) {
                if (a < e.getKey()) {
                    offer(queue, a, e.getKey(), e.getValue(), size, version, threshold);
                }
            }
        }
        while (!queue.isEmpty()) {
            Merge m = queue.poll();
            if (size[m.a] == 0 || size[m.b] == 0 || version[m.a] != m.versionA || version[m.b] != m.versionB) {
                continue; // one side has changed since this merge was offered
            }
            int keep = m.a;
            int gone = m.b;
            Map<Integer, Double> kept = sums.get(keep);
            kept.remove(gone);
            for (Map.Entry<Integer, Double> e : sums.get(gone).entrySet()) {
                int other = e.getKey();
                if (other == keep) {
                    continue;
                }
                kept.merge(other, e.getValue(), Double::sum);
                Map<Integer, Double> theirs = sums.get(other);
                theirs.remove(gone);
                theirs.put(keep, kept.get(other));
            }
            sums.set(gone, Map.of());
            size[keep] += size[gone];
            size[gone] = 0;
            members.get(keep).addAll(members.get(gone));
            members.set(gone, List.of());
            version[keep]++;
            for (Map.Entry<Integer, Double> e : kept.entrySet()) {
                int other = e.getKey();
                offer(queue, Math.min(keep, other), Math.max(keep, other), e.getValue(), size, version, threshold);
            }
        }
        List<int[]> groups = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (size[g] > 0) {
                groups.add(members.get(g).stream().mapToInt(p -> items[p]).sorted().toArray());
            }
        }
        groups.sort(Comparator.comparingInt(group -> group[0]));
        return groups;
    }

    /** Queues a merge whose average reaches the threshold; one below it can only rise by other merges, which queue it again. */
    private static void offer(PriorityQueue<Merge> queue, int a, int b, double sum, int[] size, int[] version,
                              double threshold) {
        double average = sum / ((double) size[a] * size[b]);
        if (average >= threshold) {
            queue.add(new Merge(average, a, b, version[a], version[b]));
        }
    }

    /** A merge of groups {@code a < b} at {@code average}, valid while both groups are as they were. */
    private record Merge(double average, int a, int b, int versionA, int versionB) {

        /** Highest average first; on a tie the lowest pair of positions, as a scan over all pairs would pick. */
        static final Comparator<Merge> BEST_FIRST = Comparator.comparingDouble(Merge::average).reversed()
                .thenComparingInt(Merge::a).thenComparingInt(Merge::b);
    }
}
