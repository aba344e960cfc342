package dev.crosscheck.review;

import dev.crosscheck.report.JsonReports;
import dev.crosscheck.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports as the nightly job writes them ({@code reports/<date>/report.json}), built in code so each test
 * says exactly which conflicts, ids and stories a night holds.
 */
public final class TestReports {

    /** Same-id conflicts in two nights keep their decisions; a conflict whose evidence changed has a new id. */
    public static final String COUNT = "cc-00000000000c0417";
    public static final String ENGINE = "cc-00000000000e9917";
    public static final String ENGINE_CHANGED = "cc-00000000000e9918";
    public static final String DATE = "cc-00000000000da7e1";
    public static final String HOSTILE = "cc-0000000000bad0c5";
    public static final String UPDATE = "cc-000000000000da7a";

    public static final String COUNT_HEADLINE = "People walking behind: two (Reuters) vs one (Daily Planet)";
    public static final String ENGINE_HEADLINE = "Engine layout of version: V8 vs %s (Motor Weekly)";
    public static final String DATE_HEADLINE = "Date of summit opening: June 18 (AP) vs June 19 (Reuters)";

    public static final String COUNT_RULE = "Same group, different counts across sources";
    public static final String ENGINE_RULE = "One subject, two values of a single-valued attribute in one article";
    public static final String DATE_RULE = "Different dates for one event";

    private static final String WALK = "Putin and Kim are then shown walking side by side and chatting on a path in a "
            + "wooded area with %s, walking behind them.";

    private TestReports() {
    }

    /** Night one: three conflicts in two stories. */
    public static Report nightOne() {
        return report("2026-11-20T03:00:00Z", List.of(count(List.of()), engine(ENGINE, "V12"), date()));
    }

    /** Night two: the count conflict again (same id), the engine conflict with changed evidence (new id). */
    public static Report nightTwo() {
        return report("2026-11-21T03:00:00Z", List.of(count(List.of()), engine(ENGINE_CHANGED, "W12"), date()));
    }

    /** Night two with the count conflict as a report tells what the story's other articles said on its point. */
    public static Report withOthers() {
        String s = "Three men, presumably guards, walked behind the two leaders.";
        return report("2026-11-21T03:00:00Z", List.of(count(List.of(evidence("motor-3", "Motor Weekly", "2024-02-20", s,
                s, "Three men", "three", 0))), engine(ENGINE, "V12"), date()));
    }

    /** An update: a toll reported as 20, then 31, then 33, over three days; its timeline lists the reports. */
    public static Report update() {
        String first = "At least 20 people died when the ferry capsized on Sunday.";
        String second = "The toll rose to 31 on Monday.";
        String third = "The toll rose to 33 on Tuesday.";
        List<Report.EvidenceEntry> timeline = List.of(
                evidence("wire-5", "Morning Wire", "2026-11-18", first, first, "At least 20 people", "20", 0),
                evidence("wire-6", "Evening Wire", "2026-11-19", second, second, "31", "31", 0),
                evidence("wire-7", "Evening Wire", "2026-11-20", third, third, "33", "33", 0));
        Report.ConflictEntry c = new Report.ConflictEntry(UPDATE, "An evolving figure was updated between reports",
                "UPDATE", "LOW", "CROSS_SOURCE", "person · die", "count",
                "Updated as reporting went on: Morning Wire reported 20 on 2026-11-18; Evening Wire reported 33 on "
                        + "2026-11-20.", List.of(timeline.get(0), timeline.get(2)), null, List.of(), "story-ferry",
                timeline, null, null, "People died: 20 (Morning Wire, 2026-11-18) to 33 (Evening Wire, 2026-11-20)",
                List.of());
        List<Report.ArticleEntry> articles = List.of(
                article("wire-5", "Morning Wire", "Ferry capsizes", "2026-11-18", null),
                article("wire-6", "Evening Wire", "Toll rises", "2026-11-19", null),
                article("wire-7", "Evening Wire", "Toll rises again", "2026-11-20", null));
        return new Report(Report.SCHEMA, "2026-11-21T03:00:00Z", new Report.Rules("test", 3), articles, List.of(c),
                List.of(), List.of(new Report.StoryEntry("story-ferry", "Ferry capsizes",
                        List.of("wire-5", "wire-6", "wire-7"), List.of(UPDATE))));
    }

    /** A report whose article text, title, outlet and URL try to run script and inject markup. */
    public static Report hostile() {
        String paragraph = "Intro <b>bold</b> claim. The <img src=x onerror=\"window.__pwned=1\"> convoy had "
                + "<script>window.__pwned=2</script> cars. Outro.";
        String sentence = "The <img src=x onerror=\"window.__pwned=1\"> convoy had <script>window.__pwned=2</script> cars.";
        String quote = "<script>window.__pwned=2</script> cars";
        Report.ConflictEntry c = new Report.ConflictEntry(HOSTILE, "Hostile <i>rule</i>", "COUNT", "HIGH",
                "CROSS_SOURCE", "convoy\" onmouseover=\"window.__pwned=3", "count",
                "Explanation with <script>window.__pwned=4</script> in it.",
                List.of(evidence("evil-1", "<b onmouseover=\"window.__pwned=5\">Evil Times</b>", "2026-11-19",
                                paragraph, sentence, quote, "2", 100),
                        evidence("calm-2", "Calm Post", "2026-11-19", "The convoy had three cars.",
                                "The convoy had three cars.", "three cars", "3", 0)),
                null, List.of(), null, null);
        List<Report.ArticleEntry> articles = List.of(
                article("evil-1", "<b onmouseover=\"window.__pwned=5\">Evil Times</b>",
                        "<script>window.__pwned=6</script>Title", "2026-11-19", "javascript:window.__pwned=7"),
                article("calm-2", "Calm Post", "Calm title", "2026-11-19", "https://calm.example/convoy"));
        return new Report(Report.SCHEMA, "2026-11-22T03:00:00Z", new Report.Rules("test", 3), articles, List.of(c),
                List.of(), null);
    }

    /** Writes a report where nightly would: {@code <dir>/<name>/report.json}. */
    public static Path write(Path reportsDir, String name, Report report) throws IOException {
        Path file = reportsDir.resolve(name).resolve("report.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, JsonReports.toJson(report));
        return file;
    }

    private static Report report(String generated, List<Report.ConflictEntry> conflicts) {
        List<Report.StoryEntry> stories = new ArrayList<>();
        stories.add(new Report.StoryEntry("story-limo", "Putin and Kim take turns driving a limousine",
                List.of("reuters-1", "daily-2", "motor-3"),
                conflicts.stream().filter(c -> "story-limo".equals(c.story())).map(Report.ConflictEntry::id).toList()));
        stories.add(new Report.StoryEntry("story-summit", "Summit dates", List.of("ap-4", "reuters-1"),
                conflicts.stream().filter(c -> "story-summit".equals(c.story())).map(Report.ConflictEntry::id).toList()));
        List<Report.ArticleEntry> articles = List.of(
                article("reuters-1", "Reuters", "Putin, Kim take turns to drive each other", "2024-06-21",
                        "https://www.reuters.com/world/putin-kim-limousine"),
                article("daily-2", "Daily Planet", "Leaders go for a drive", "2024-06-19",
                        "https://daily.example/leaders-drive"),
                article("motor-3", "Motor Weekly", "The Aurus Senat", "2024-02-20", null),
                article("ap-4", "AP", "Summit opens", "2024-06-22", "https://ap.example/summit"));
        return new Report(Report.SCHEMA, generated, new Report.Rules("test", 3), articles, conflicts, List.of(),
                stories);
    }

    private static Report.ConflictEntry count(List<Report.EvidenceEntry> others) {
        String p1 = String.format(WALK, "two men, presumably translators");
        String p2 = String.format(WALK, "one man, presumably a bodyguard") + " Kim is a keen automobile enthusiast.";
        return new Report.ConflictEntry(COUNT, COUNT_RULE, "COUNT", "MEDIUM", "CROSS_SOURCE", "person · walk behind",
                "count", "Reuters counts two; Daily Planet counts one.",
                List.of(evidence("reuters-1", "Reuters", "2024-06-21", p1, p1, "two men, presumably translators",
                                "two", 1338),
                        evidence("daily-2", "Daily Planet", "2024-06-19", p2, String.format(WALK,
                                "one man, presumably a bodyguard"), "one man, presumably a bodyguard", "one", 900)),
                null, List.of(), "story-limo", null, null, null, COUNT_HEADLINE, others);
    }

    private static Report.ConflictEntry engine(String id, String second) {
        String sentence = "The armored limousine version is powered by a 4.4-liter V8 engine, with a 6.6-liter "
                + second + ".";
        String paragraph = "The Senat was first shown in 2018. " + sentence;
        return new Report.ConflictEntry(id, ENGINE_RULE, "SINGLE_VALUE", "HIGH", "WITHIN_ARTICLE", "version",
                "engine layout", "The article gives two values of engine layout: V8 and " + second + ".",
                List.of(evidence("motor-3", "Motor Weekly", "2024-02-20", paragraph, sentence, "V8", "V8", 2040),
                        evidence("motor-3", "Motor Weekly", "2024-02-20", paragraph, sentence, second, second, 2040)),
                null, List.of(), "story-limo", null, null, null, String.format(ENGINE_HEADLINE, second), List.of());
    }

    private static Report.ConflictEntry date() {
        String s1 = "The summit opened on Tuesday, June 18.";
        String s2 = "The summit opened on Wednesday, June 19.";
        return new Report.ConflictEntry(DATE, DATE_RULE, "DATE", "LOW", "CROSS_SOURCE", "summit", "opening date",
                "AP says June 18; Reuters says June 19.",
                List.of(evidence("ap-4", "AP", "2024-06-22", s1, s1, "June 18", "2024-06-18", 0),
                        evidence("reuters-1", "Reuters", "2024-06-21", s2, s2, "June 19", "2024-06-19", 40)),
                null, List.of(), "story-summit", null, null, null, DATE_HEADLINE, List.of());
    }

    private static Report.ArticleEntry article(String id, String outlet, String title, String published, String url) {
        return new Report.ArticleEntry(id, "feed/" + id + ".json", outlet, title, published, "en", 10, 5, List.of(), url, null);
    }

    /** Evidence with offsets computed as the report builder does: into the body, via the paragraph's start. */
    static Report.EvidenceEntry evidence(String article, String outlet, String published, String paragraph,
                                         String sentence, String quote, String value, int paragraphStart) {
        int sentenceAt = paragraph.indexOf(sentence);
        int quoteAt = paragraph.indexOf(quote, Math.max(0, sentenceAt));
        int start = paragraphStart + quoteAt;
        return new Report.EvidenceEntry(article, 3, sentence, start, start + quote.length(), quote, value, "asserted",
                outlet, published, null, null, null, paragraph, paragraphStart);
    }
}
