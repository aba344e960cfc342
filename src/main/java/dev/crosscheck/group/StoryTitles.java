package dev.crosscheck.group;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A story's title: the title of its most central article, the one most like the others on average. The
 * earliest article's title would often be a first, thin report; the central one names what most outlets
 * reported.
 */
final class StoryTitles {

    private StoryTitles() {
    }

    /**
     * The title of the most central titled member (earliest wins a tie), or null when none has a title.
     *
     * @param members in publication order
     * @param edges   the similarities between members (pairs without an edge count 0)
     */
    static String representative(List<ArticleProfile> members, List<Edge> edges) {
        Map<Integer, Double> total = new HashMap<>();
        for (Edge e : edges) {
            total.merge(e.a(), e.similarity(), Double::sum);
            total.merge(e.b(), e.similarity(), Double::sum);
        }
        String title = null;
        double best = Double.NEGATIVE_INFINITY;
        for (ArticleProfile member : members) {
            String candidate = member.title();
            if (candidate == null || candidate.isBlank()) {
                continue;
            }
            double centrality = total.getOrDefault(member.index(), 0.0);
            if (centrality > best) {
                best = centrality;
                title = candidate;
            }
        }
        return title;
    }
}
