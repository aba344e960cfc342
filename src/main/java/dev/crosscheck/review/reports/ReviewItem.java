package dev.crosscheck.review.reports;

import dev.crosscheck.report.Report;
import java.util.List;

/**
 * A conflict as the review app shows it: the newest report's version of it, its story, its sides, and the
 * reports it was seen in. {@code date} is the newest publication date of its articles (null when none has one).
 */
public record ReviewItem(String id, String severity, String category, String rule, String scope, String subject,
                         String attribute, String explanation, String description, List<Report.AlsoEntry> also,
                         String storyId, String storyTitle, List<Side> sides, List<String> outlets, String date,
                         String report, List<String> seenIn) {

    /** 0 for HIGH, 1 for MEDIUM, 2 for LOW, 3 for anything else: the queue's first sort key. */
    public int severityRank() {
        return switch (severity == null ? "" : severity) {
            case "HIGH" -> 0;
            case "MEDIUM" -> 1;
            case "LOW" -> 2;
            default -> 3;
        };
    }
}
