package dev.crosscheck.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * A report arranged for reading, shared by the HTML and Markdown renderers: stories with conflicts first
 * (the most severe first, then the most conflicts), each story's conflicts by severity. A report without
 * stories (from {@code check}) is one story of all its articles.
 */
record ReportView(List<StoryView> stories, Map<String, Report.ArticleEntry> articles) {

    static final List<String> SEVERITIES = List.of("HIGH", "MEDIUM", "LOW");


    record StoryView(String id, String title, List<Report.ArticleEntry> articles, List<Report.ConflictEntry> conflicts) {

        int worst() {
            return conflicts.stream().mapToInt(c -> severityRank(c.severity())).min().orElse(SEVERITIES.size());
        }

        /** Outlets of the story's articles, in article order, without repeats. */
        List<String> outlets() {
            return articles.stream().map(Report.ArticleEntry::outlet).filter(Objects::nonNull).distinct().toList();
        }
    }

    static ReportView of(Report report) {
        Map<String, Report.ArticleEntry> articles = new LinkedHashMap<>();
        report.articles().forEach(a -> articles.putIfAbsent(a.id(), a));
        List<StoryView> stories = new ArrayList<>();
        if (report.stories() == null) {
            String title = report.articles().stream().map(Report.ArticleEntry::title).filter(Objects::nonNull)
                    .findFirst().orElse("One story");
            stories.add(new StoryView(null, title, report.articles(), bySeverity(report.conflicts())));
        } else {
            Map<String, Report.ConflictEntry> conflicts = report.conflicts().stream()
                    .collect(Collectors.toMap(Report.ConflictEntry::id, Function.identity(), (a, b) -> a));
            for (Report.StoryEntry s : report.stories()) {
                stories.add(new StoryView(s.id(), s.title(),
                        s.articles().stream().map(articles::get).filter(Objects::nonNull).toList(),
                        bySeverity(s.conflicts().stream().map(conflicts::get).filter(Objects::nonNull).toList())));
            }
        }
        Map<StoryView, Integer> position = new IdentityHashMap<>();
        stories.forEach(s -> position.put(s, position.size()));
        stories.sort(Comparator.comparingInt(StoryView::worst)
                .thenComparing(s -> -s.conflicts().size())
                .thenComparing(position::get));
        return new ReportView(stories, articles);
    }

    /** What a reader wants first: the changes when there is a previous report, else the number of conflicts. */
    static String headline(Report report) {
        Report.ChangesEntry c = report.changes();
        if (c != null) {
            return ReportChanges.summary(c);
        }
        int n = report.conflicts().size();
        return n + (n == 1 ? " conflict" : " conflicts") + " (no previous report to compare with)";
    }

    static int severityRank(String severity) {
        int i = SEVERITIES.indexOf(severity);
        return i < 0 ? SEVERITIES.size() : i;
    }

    private static List<Report.ConflictEntry> bySeverity(List<Report.ConflictEntry> conflicts) {
        List<Report.ConflictEntry> sorted = new ArrayList<>(conflicts);
        sorted.sort(Comparator.comparingInt(c -> severityRank(c.severity()))); // stable: report order within a level
        return sorted;
    }

    /** Conflicts counted per severity, in severity order, leaving out severities with none. */
    static Map<String, Long> countBySeverity(List<Report.ConflictEntry> conflicts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (String s : SEVERITIES) {
            long n = conflicts.stream().filter(c -> s.equals(c.severity())).count();
            if (n > 0) {
                counts.put(s, n);
            }
        }
        return counts;
    }

    /** Conflicts counted per editorial status, in first-seen order; empty when no conflict has one. */
    static Map<String, Long> countByStatus(List<Report.ConflictEntry> conflicts) {
        return conflicts.stream().filter(c -> c.status() != null)
                .collect(Collectors.groupingBy(Report.ConflictEntry::status, java.util.TreeMap::new, Collectors.counting()));
    }
}
