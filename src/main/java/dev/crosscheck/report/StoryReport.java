package dev.crosscheck.report;

import java.util.List;

/**
 * One story's part of a nightly report: its entry, its articles and its conflicts (tagged with the story).
 * A function of the story's articles and the rules alone, so it can be made anywhere and kept for later.
 */
public record StoryReport(Report.StoryEntry story, List<Report.ArticleEntry> articles,
                          List<Report.ConflictEntry> conflicts) {

    public StoryReport {
        articles = List.copyOf(articles);
        conflicts = List.copyOf(conflicts);
    }
}
