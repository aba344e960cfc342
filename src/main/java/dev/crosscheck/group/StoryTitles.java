package dev.crosscheck.group;

import dev.crosscheck.ingest.Article;
import java.util.List;

/**
 * A story's title: the title of its most central article, the one most like the others on average. The
 * earliest article's title would often be a first, thin report; the central one names what most outlets
 * reported.
 */
final class StoryTitles {

    private StoryTitles() {
    }

    /** The title of the most central titled member (earliest wins a tie), or null when none has a title. */
    static String representative(List<Integer> members, List<Article> articles, double[][] similarity) {
        List<Integer> ordered = members.stream()
                .sorted((a, b) -> StoryGrouper.PUBLICATION_ORDER.compare(articles.get(a), articles.get(b)))
                .toList();
        String title = null;
        double best = Double.NEGATIVE_INFINITY;
        for (int i : ordered) {
            String candidate = articles.get(i).title();
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            double total = 0;
            for (int j : members) {
                total += i == j ? 0 : similarity[i][j];
            }
            if (total > best) {
                best = total;
                title = candidate;
            }
        }
        return title;
    }
}
