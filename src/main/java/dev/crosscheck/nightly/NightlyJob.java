package dev.crosscheck.nightly;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.ingest.Skipped;
import dev.crosscheck.report.HtmlReport;
import dev.crosscheck.report.JsonReports;
import dev.crosscheck.report.MarkdownReport;
import dev.crosscheck.report.Report;
import dev.crosscheck.report.ReportBuilder;
import dev.crosscheck.report.ReportChanges;
import dev.crosscheck.report.StoryReport;
import dev.crosscheck.rules.RuleBook;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The nightly run over a feed: read it, group the articles into stories, check every story (in parallel,
 * through the story and extraction caches), and build the report with what changed since the previous one and the
 * editors' statuses, rendered as JSON, HTML and Markdown. Writes nothing but cache entries: the caller
 * writes the outputs it returns. Reading, grouping and checking run on this machine ({@link #run}) or on
 * another engine that hands back a {@link CheckedFeed} ({@link #report}): the report is made the same way.
 */
public final class NightlyJob {

    /**
     * @param feed       JSONL files and folders of articles
     * @param date       the day the report is for: its folder, and what "previous" is measured from
     * @param threads    stories checked at once
     * @param useCache   false to read every article afresh (and leave the cache as it is)
     * @param reviewDb   JDBC URL of the review database; null for the output folder's review.db, if any
     * @param generated  the report's time stamp
     * @param reviewUrl  the review app's address, for report.html's links to each conflict; null for none
     */
    public record Request(List<Path> feed, LocalDate date, int threads, boolean useCache, String reviewDb,
                          Instant generated, String reviewUrl) {

        public Request(List<Path> feed, LocalDate date, int threads, boolean useCache, String reviewDb,
                       Instant generated) {
            this(feed, date, threads, useCache, reviewDb, generated, null);
        }
    }

    /** What a run produced: the report and its renderings, and figures about the run itself. */
    public record Outcome(Report report, String json, String html, String markdown, Stats stats, List<String> warnings) {
    }

    /**
     * Articles checked and stories; stories taken whole from the story cache; articles of the other stories
     * taken from the extraction cache, and articles analysed (annotated and extracted) afresh.
     */
    public record Stats(int articles, int stories, int cachedStories, int cachedArticles, int analysed) {
    }

    private final RuleBook book;
    private final Supplier<Models> models;
    private final ReportFolder folder;
    private final StageTimer timer;

    public NightlyJob(RuleBook book, Supplier<Models> models, ReportFolder folder, StageTimer timer) {
        this.book = book;
        this.models = models;
        this.folder = folder;
        this.timer = timer;
    }

    /** Reads the feed; the caller decides what to do when no article could be read. */
    public Ingested ingest(List<Path> feed) {
        return timer.time("ingest", () -> new ArticleReader(book.knowledge().boilerplate(), new LanguageIdentifier())
                .read(feed));
    }

    /**
     * Groups, checks and reports the articles read by {@link #ingest}, on this machine. Each story is checked
     * on its own (a function of its articles and the rules), on {@code request.threads()} threads; the report
     * lists the stories in the grouper's order whatever the threads did.
     */
    public Outcome run(Request request, Ingested ingested, ProgressListener progress) throws InterruptedException {
        StoryTask task = StoryTask.open(book, models, folder.cache(), request.useCache(), timer);
        return report(request, LocalEngine.check(request, ingested, task, progress, timer));
    }

    /**
     * The report of a checked feed, whichever engine checked it: the stories' parts and what was skipped,
     * the grouping's score against the feed's labels, what changed since the previous report and the editors'
     * statuses, rendered as JSON, HTML and Markdown. Marks the cache scopes used and tidies old ones.
     */
    /**
     * What could not be cached, over all stories in their order: the same failures give the same words, whichever
     * thread or executor met them first. The next run reads those articles and stories again; nothing is lost.
     */
    static Optional<String> cacheWarning(List<StoryTask.Done> stories) {
        int articles = stories.stream().mapToInt(StoryTask.Done::uncachedArticles).sum();
        return stories.stream().map(StoryTask.Done::cacheProblem).filter(java.util.Objects::nonNull).findFirst()
                .map(first -> (articles > 0 ? articles + " article(s) could not be cached" : "a story result could not be cached")
                        + ", so the next run analyses them again; the first failure: " + first);
    }

    public Outcome report(Request request, CheckedFeed checked) {
        List<String> warnings = new ArrayList<>();
        List<StoryReport> parts = checked.stories().stream().map(StoryTask.Done::part).toList();
        Optional<Report.GroupingEntry> grouping = timer.time("score grouping",
                () -> GroupingScorer.score(parts.stream().map(StoryReport::story).toList(), checked.labels()));
        List<Skipped> skipped = new ArrayList<>(checked.skipped());
        checked.stories().forEach(d -> skipped.addAll(d.failures()));
        cacheWarning(checked.stories()).ifPresent(warnings::add);
        if (!checked.cacheScopes().isEmpty()) {
            pruneOldScopes(checked.cacheScopes(), warnings);
        }
        Report report = timer.time("report", () -> ReportBuilder.assemble(parts, skipped, book.fingerprint(),
                book.ruleCount(), request.generated()));
        if (grouping.isPresent()) {
            report = report.withGrouping(grouping.get());
        }
        report = compareWithPrevious(report, request.date(), warnings);
        Report done = withStatuses(report, request.reviewDb(), warnings);

        String json = timer.time("render", () -> JsonReports.toJson(done));
        String html = timer.time("render", () -> HtmlReport.render(done, request.reviewUrl()));
        String markdown = timer.time("render", () -> MarkdownReport.render(done));
        List<StoryTask.Done> stories = checked.stories();
        return new Outcome(done, json, html, markdown, new Stats(done.articles().size(), stories.size(),
                (int) stories.stream().filter(StoryTask.Done::fromCache).count(),
                stories.stream().mapToInt(StoryTask.Done::cachedArticles).sum(),
                stories.stream().mapToInt(StoryTask.Done::analysedArticles).sum()), warnings);
    }

    /** Deletes cache scopes of rules or code no run has used for {@link CacheScopes#KEEP}; a failure only warns. */
    private static void pruneOldScopes(List<Path> scopesInUse, List<String> warnings) {
        for (Path scope : scopesInUse) {
            try {
                CacheScopes.markAndPrune(scope, Instant.now(), CacheScopes.KEEP);
            } catch (IOException | RuntimeException e) {
                warnings.add("could not tidy the cache beside " + scope + ": " + e);
            }
        }
    }

    private Report compareWithPrevious(Report report, LocalDate date, List<String> warnings) {
        try {
            Optional<ReportFolder.Previous> previous = folder.previous(date);
            return previous.map(p -> ReportChanges.compare(report, p.report(), p.label())).orElse(report);
        } catch (IllegalArgumentException e) {
            warnings.add("no comparison with the previous report: " + e.getMessage());
            return report;
        }
    }

    private Report withStatuses(Report report, String reviewDb, List<String> warnings) {
        String url = reviewDb;
        if (url == null) {
            Path db = folder.reviewDatabase();
            if (!Files.isRegularFile(db)) {
                return report; // no review database: the report simply has no statuses
            }
            url = "jdbc:sqlite:" + db;
        }
        ReviewStatuses.Read read = ReviewStatuses.of(url, report.conflicts().stream()
                .map(Report.ConflictEntry::id).toList());
        if (read.problem() != null) {
            warnings.add(read.problem());
            return report;
        }
        Map<String, String> statuses = read.statuses();
        return report.withConflicts(report.conflicts().stream().map(c -> c.withStatus(statuses.get(c.id()))).toList());
    }
}
