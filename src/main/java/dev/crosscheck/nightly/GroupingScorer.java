package dev.crosscheck.nightly;

import dev.crosscheck.group.GroupingScore;
import dev.crosscheck.report.Report;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Scores a run's stories against the labels its feed carried, over the articles that have one. */
final class GroupingScorer {

    private GroupingScorer() {
    }

    /** Empty when no grouped article has a label. Scores are rounded to 4 decimals, as the report shows them. */
    static Optional<Report.GroupingEntry> score(List<Report.StoryEntry> stories, Map<String, String> labels) {
        Map<String, String> predicted = new HashMap<>();
        Map<String, String> gold = new HashMap<>();
        for (Report.StoryEntry story : stories) {
            for (String article : story.articles()) {
                String label = labels.get(article);
                if (label != null) {
                    predicted.put(article, story.id());
                    gold.put(article, label);
                }
            }
        }
        if (predicted.isEmpty()) {
            return Optional.empty();
        }
        GroupingScore score = GroupingScore.of(predicted, gold);
        return Optional.of(new Report.GroupingEntry(FeedLabels.FIELD, score.articles(), new HashSet<>(gold.values()).size(),
                new HashSet<>(predicted.values()).size(), round(score.adjustedRand()), round(score.precision()),
                round(score.recall()), round(score.f1())));
    }

    private static double round(double x) {
        return Math.round(x * 10_000) / 10_000.0;
    }
}
