package dev.crosscheck.group;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Agglomerative clustering with average linkage: start with every item alone, and repeatedly merge the
 * two groups whose items are most alike on average, until no two groups reach the threshold. Average
 * linkage, unlike joining every pair above a threshold, does not chain unrelated items together through
 * one article that mentions both events.
 *
 * <p>Each group caches its best partner, so a merge costs one pass over the groups rather than over all
 * pairs (about n² for the whole run in practice). Ties go to the lowest indices, so the result depends
 * only on the matrix.
 */
final class AverageLinkage {

    private AverageLinkage() {
    }

    /**
     * Groups of {@code items} (indices into {@code similarity}), each in ascending index order, the groups
     * ordered by their first index.
     */
    static List<List<Integer>> cluster(double[][] similarity, List<Integer> items, double threshold) {
        int n = items.size();
        // sum[a][b]: total similarity between the items of groups a and b; size[a] == 0 once a is merged away.
        double[][] sum = new double[n][n];
        int[] size = new int[n];
        List<List<Integer>> members = new ArrayList<>(n);
        for (int a = 0; a < n; a++) {
            size[a] = 1;
            members.add(new ArrayList<>(List.of(items.get(a))));
            for (int b = 0; b < n; b++) {
                sum[a][b] = similarity[items.get(a)][items.get(b)];
            }
        }
        int[] best = new int[n];
        for (int a = 0; a < n; a++) {
            best[a] = bestPartner(a, sum, size);
        }
        while (true) {
            int a = -1;
            double top = Double.NEGATIVE_INFINITY;
            for (int g = 0; g < n; g++) {
                if (size[g] > 0 && best[g] >= 0 && average(g, best[g], sum, size) > top) {
                    top = average(g, best[g], sum, size);
                    a = g;
                }
            }
            if (a < 0 || top < threshold) {
                break;
            }
            int b = best[a];
            int keep = Math.min(a, b);
            int gone = Math.max(a, b);
            merge(keep, gone, sum, size, members);
            for (int g = 0; g < n; g++) {
                if (size[g] == 0) {
                    continue;
                }
                if (g == keep || best[g] == keep || best[g] == gone) {
                    best[g] = bestPartner(g, sum, size);
                } else if (better(g, keep, best[g], sum, size)) {
                    best[g] = keep;
                }
            }
        }
        List<List<Integer>> groups = new ArrayList<>();
        for (int g = 0; g < n; g++) {
            if (size[g] > 0) {
                members.get(g).sort(Comparator.naturalOrder());
                groups.add(List.copyOf(members.get(g)));
            }
        }
        groups.sort(Comparator.comparing(group -> group.get(0)));
        return groups;
    }

    private static void merge(int keep, int gone, double[][] sum, int[] size, List<List<Integer>> members) {
        for (int g = 0; g < sum.length; g++) {
            sum[keep][g] += sum[gone][g];
            sum[g][keep] = sum[keep][g];
        }
        size[keep] += size[gone];
        size[gone] = 0;
        members.get(keep).addAll(members.get(gone));
        members.get(gone).clear();
    }

    private static int bestPartner(int a, double[][] sum, int[] size) {
        int best = -1;
        for (int g = 0; g < size.length; g++) {
            if (g != a && size[g] > 0 && (best < 0 || better(a, g, best, sum, size))) {
                best = g;
            }
        }
        return best;
    }

    /** Whether group {@code a} is closer to {@code candidate} than to {@code current}; ties to the lower index. */
    private static boolean better(int a, int candidate, int current, double[][] sum, int[] size) {
        double c = average(a, candidate, sum, size);
        double d = average(a, current, sum, size);
        return c > d || (c == d && candidate < current);
    }

    private static double average(int a, int b, double[][] sum, int[] size) {
        return sum[a][b] / ((double) size[a] * size[b]);
    }
}
