package dev.crosscheck.review.reports;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A conflict as the review app shows it: the newest report's version of it, its story, its sides, and the
 * reports it was seen in. {@code date} is the newest publication date of its articles (null when none has one).
 * {@code headline} is its title in plain words; {@code scopeLabel} says where its sides come from ("two articles of
 * X"); {@code timeline} lists an update's reports in order (empty for a discrepancy); {@code others} what the story's
 * other articles said on the point; {@code also} the further findings with the sentences they cite.
 */
public record ReviewItem(String id, String severity, String category, String rule, String scope, String subject,
                         String attribute, String explanation, String description, List<Also> also,
                         String storyId, String storyTitle, List<Side> sides, List<String> outlets, String date,
                         String report, List<String> seenIn, String headline, String scopeLabel, List<Side> timeline,
                         List<Side> others) {

    /** A further rule on the same sentences, or the same clash stated again, with the sentences it cites. */
    public record Also(String rule, String explanation, List<Side> sides) {
    }

    /** 0 for HIGH, 1 for MEDIUM, 2 for LOW, 3 for anything else: the queue's first sort key. */
    public int severityRank() {
        return switch (severity == null ? "" : severity) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            case "LOW" -> 2;
            default -> 3;
        };
    }

    /** An update: a figure that moved as reporting went on. It is acknowledged, not confirmed as a discrepancy. */
    public boolean update() {
        return !timeline.isEmpty();
    }

    /** The same item, as seen in these reports. */
    ReviewItem seenIn(List<String> reports) {
        return new ReviewItem(id, severity, category, rule, scope, subject, attribute, explanation, description, also,
                storyId, storyTitle, sides, outlets, date, report, reports, headline, scopeLabel, timeline, others);
    }

    /**
     * True when every word of {@code query} occurs, in any case, in what an editor reads of the conflict: its
     * headline, rule, explanation, story, outlets, quotes and sentences, or its id.
     */
    public boolean mentions(String query) {
        String haystack = Stream.of(Stream.of(id, headline, rule, explanation, subject, attribute, storyTitle, category),
                        outlets.stream(), sides.stream().flatMap(s -> Stream.of(s.quote(), s.sentence().text(), s.title())))
                .flatMap(s -> s)
                .filter(java.util.Objects::nonNull)
                .map(s -> s.toLowerCase(Locale.ROOT))
                .reduce("", (a, b) -> a + "\n" + b);
        for (String word : query.toLowerCase(Locale.ROOT).split("\\s+")) {
            if (!word.isEmpty() && !haystack.contains(word)) {
                return false;
            }
        }
        return true;
    }
}
