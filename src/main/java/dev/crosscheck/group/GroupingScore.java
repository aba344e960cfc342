package dev.crosscheck.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How well a grouping matches gold labels, over the articles grouped.
 *
 * <p>Pairwise: of the article pairs put in one story, the share that truly share a label (precision), and
 * of the pairs that share a label, the share put in one story (recall). The adjusted Rand index counts
 * agreement on every pair, together and apart, corrected for what a random grouping of the same sizes
 * would score: 1 is a perfect match, about 0 is chance.
 *
 * @param articles the number of articles scored
 */
public record GroupingScore(double adjustedRand, double precision, double recall, double f1, int articles) {

    /**
     * Scores stories against gold labels (article id to label). Every grouped article needs a label;
     * labelled articles that were not grouped (skipped at ingest, say) are left out of the score.
     */
    public static GroupingScore of(List<Story> stories, Map<String, String> gold) {
        Map<String, String> predicted = new HashMap<>();
        for (Story story : stories) {
            for (var article : story.articles()) {
                if (predicted.put(article.id(), story.id()) != null) {
                    throw new IllegalArgumentException("article " + article.id() + " is grouped more than once");
                }
            }
        }
        return of(predicted, gold);
    }

    /** Scores a grouping given as article id to group id against gold labels (article id to label). */
    public static GroupingScore of(Map<String, String> predicted, Map<String, String> gold) {
        Map<String, Map<String, Long>> table = new HashMap<>();
        for (Map.Entry<String, String> e : predicted.entrySet()) {
            String label = gold.get(e.getKey());
            if (label == null) {
                throw new IllegalArgumentException("article " + e.getKey() + " has no gold label");
            }
            table.computeIfAbsent(e.getValue(), g -> new HashMap<>()).merge(label, 1L, Long::sum);
        }
        double together = 0;        // pairs in one predicted group and one label
        double groupPairs = 0;      // pairs in one predicted group
        Map<String, Long> labelSizes = new HashMap<>();
        for (Map<String, Long> row : table.values()) {
            long groupSize = 0;
            for (Map.Entry<String, Long> cell : row.entrySet()) {
                together += pairs(cell.getValue());
                groupSize += cell.getValue();
                labelSizes.merge(cell.getKey(), cell.getValue(), Long::sum);
            }
            groupPairs += pairs(groupSize);
        }
        double labelPairs = labelSizes.values().stream().mapToDouble(GroupingScore::pairs).sum();
        int n = predicted.size();
        double all = pairs(n);
        double precision = groupPairs == 0 ? 1 : together / groupPairs;
        double recall = labelPairs == 0 ? 1 : together / labelPairs;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double expected = all == 0 ? 0 : groupPairs * labelPairs / all;
        double maximum = (groupPairs + labelPairs) / 2;
        double ari = maximum == expected ? 1 : (together - expected) / (maximum - expected);
        return new GroupingScore(ari, precision, recall, f1, n);
    }

    private static double pairs(long size) {
        return size * (size - 1) / 2.0;
    }
}
