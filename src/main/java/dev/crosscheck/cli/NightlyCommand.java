package dev.crosscheck.cli;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.Skipped;
import dev.crosscheck.io.FileErrors;
import dev.crosscheck.nightly.CheckedFeed;
import dev.crosscheck.nightly.ClusterEngine;
import dev.crosscheck.nightly.NightlyJob;
import dev.crosscheck.nightly.Once;
import dev.crosscheck.nightly.ProgressListener;
import dev.crosscheck.nightly.ReportFolder;
import dev.crosscheck.report.Report;
import dev.crosscheck.report.ReportChanges;
import dev.crosscheck.rules.RuleBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck nightly --feed PATH...}: groups a feed into stories, checks each story, and writes
 * {@code <out>/<date>/report.{json,html,md}}; prints one summary line. Exit 0 when the run worked, 2 on bad
 * usage, broken rules, or when no article could be read.
 */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = "Group a feed into stories, check each story, and write the day's reports.")
final class NightlyCommand implements Callable<Integer> {

    /** Built only with the spark Maven profile, so looked up by name. */
    private static final String SPARK_ENGINE = "dev.crosscheck.engine.spark.SparkEngine";

    @Option(names = "--feed", arity = "1..*", required = true, paramLabel = "PATH",
            description = "Feed files (.jsonl, .json) and folders of articles; with --engine spark, also JSONL files"
                    + " or folders on any Hadoop file system (hdfs://..., s3a://...).")
    List<String> feed;

    @Option(names = "--engine", paramLabel = "ENGINE", defaultValue = "local",
            description = "Where the work runs: local (this process's threads) or spark (Apache Spark; see --master)"
                    + " (default: ${DEFAULT-VALUE}).")
    String engine;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[*]",
            description = "With --engine spark: the Spark master, such as local[2] (default: ${DEFAULT-VALUE};"
                    + " spark-submit's own master wins).")
    String master;

    @Option(names = "--publish", paramLabel = "URI",
            description = "With --engine spark: also put the day's reports on a Hadoop file system, as URI/<date>/"
                    + "report.{json,html,md} (hdfs://..., s3a://..., file://...), once they are written in --out.")
    String publish;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "reports",
            description = "Output folder: DIR/<date>/report.{json,html,md} (default: ${DEFAULT-VALUE}).")
    Path out;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "The report's day (default: today).")
    LocalDate date;

    @Option(names = "--threads", paramLabel = "N", description = "Stories checked at once (default: the number of cores).")
    Integer threads;

    @picocli.CommandLine.Mixin
    ReviewAddressOption review;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: ./rules).")
    Path rules;

    @Option(names = "--db", paramLabel = "JDBC-URL",
            description = "Review database for editorial statuses (default: DIR/review.db when it exists).")
    String db;

    @Option(names = "--no-cache", description = "Analyse every article afresh instead of reusing earlier runs' work.")
    boolean noCache;

    @Option(names = "--progress", negatable = true,
            description = "Show progress on stderr (default: only when run in a terminal).")
    Boolean progress;

    @Option(names = "--timings", description = "Print the time each stage took to stderr.")
    boolean timings;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        long started = System.nanoTime();
        PrintWriter err = spec.commandLine().getErr();
        int threadCount = threads != null ? threads : Runtime.getRuntime().availableProcessors();
        if (threadCount < 1) {
            err.println("crosscheck: --threads takes 1 or more, not " + threadCount);
            return Main.USAGE;
        }
        if (!engine.equals("local") && !engine.equals("spark")) {
            err.println("crosscheck: --engine takes local or spark, not " + engine);
            return Main.USAGE;
        }
        if (publish != null && !engine.equals("spark")) {
            err.println("crosscheck: --publish needs --engine spark (it writes through Spark's Hadoop file systems)");
            return Main.USAGE;
        }
        LocalDate day = date != null ? date : LocalDate.now();
        StageTimer timer = new StageTimer();
        Optional<RuleBook> loaded = LoadedRules.load(rules, timer, err);
        if (loaded.isEmpty()) {
            return Main.USAGE;
        }
        RuleBook book = loaded.get();
        ReportFolder folder = new ReportFolder(out);
        try {
            folder.removeLeftovers(day);
            NightlyJob job = new NightlyJob(book, new Once<>(() -> timer.time("load models", Models::load)), folder, timer);
            NightlyJob.Request request = new NightlyJob.Request(feed.stream().map(Path::of).toList(), day, threadCount,
                    !noCache, db, Instant.now(), review.url);
            NightlyJob.Outcome outcome;
            if (engine.equals("spark")) {
                // written (and published) while Spark is up: publishing goes through its Hadoop file systems
                Optional<NightlyJob.Outcome> done = onSpark(job, request, book, folder, day);
                if (done.isEmpty()) {
                    return Main.USAGE;
                }
                outcome = done.get();
            } else {
                Ingested ingested = job.ingest(request.feed());
                if (ingested.articles().isEmpty()) {
                    return nothingRead(ingested.skipped());
                }
                ingested.warnings().forEach(w -> err.println("crosscheck: warning: " + w));
                outcome = run(job, request, ingested);
                outcome.warnings().forEach(w -> err.println("crosscheck: " + w));
                write(folder, day, outcome);
            }
            spec.commandLine().getOut().println(summary(outcome, folder.day(day), (System.nanoTime() - started) / 1e9));
            spec.commandLine().getOut().flush();
        } catch (IOException | UncheckedIOException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.USAGE;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            err.println("crosscheck: interrupted; the previous report is unchanged");
            return Main.USAGE;
        }
        if (timings) {
            timer.millis().forEach((stage, ms) -> err.printf(Locale.ROOT, "%-14s %6d ms%n", stage, ms));
        }
        return Main.OK;
    }

    /** Reading, grouping and checking on Spark, then the same report; empty when nothing could be run. */
    private Optional<NightlyJob.Outcome> onSpark(NightlyJob job, NightlyJob.Request request, RuleBook book,
                                                 ReportFolder folder, LocalDate day) throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        ClusterEngine cluster;
        try {
            cluster = (ClusterEngine) Class.forName(SPARK_ENGINE).getConstructor(String.class).newInstance(master);
        } catch (ClassNotFoundException e) {
            err.println("crosscheck: the Spark engine is not on the classpath: run through ./crosscheck, which builds it"
                    + " (mvn -Pspark package) when asked for --engine spark");
            return Optional.empty();
        } catch (ReflectiveOperationException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            err.println("crosscheck: Spark could not start: " + cause);
            return Optional.empty();
        }
        try (cluster) {
            CheckedFeed checked = cluster.check(request, feed, book, folder.cache());
            if (checked.stories().isEmpty()) {
                nothingRead(checked.skipped());
                return Optional.empty();
            }
            NightlyJob.Outcome outcome = job.report(request, checked);
            outcome.warnings().forEach(w -> err.println("crosscheck: " + w));
            write(folder, day, outcome);
            if (publish != null) {
                try {
                    err.println("crosscheck: published to " + cluster.publish(folder.day(day), publish, day));
                } catch (IOException | RuntimeException e) {
                    throw new IOException("the report is in " + folder.day(day) + " but could not be published to "
                            + publish + ": " + e.getMessage(), e);
                }
            }
            return Optional.of(outcome);
        }
    }

    private int nothingRead(List<Skipped> skipped) {
        PrintWriter err = spec.commandLine().getErr();
        skipped.forEach(s -> err.println("skipped " + s.path() + ": " + s.reason()));
        err.println("crosscheck: no article could be read from " + feed + "; no report was written");
        return Main.USAGE;
    }

    /** The job, with a progress line on stderr when asked for or when run in a terminal. */
    private NightlyJob.Outcome run(NightlyJob job, NightlyJob.Request request, Ingested ingested)
            throws InterruptedException {
        boolean showProgress = progress != null ? progress : System.console() != null;
        ProgressLine line = showProgress ? new ProgressLine(spec.commandLine().getErr()) : null;
        try {
            return job.run(request, ingested, line != null ? line : ProgressListener.NONE);
        } finally {
            if (line != null) {
                line.finish();
            }
        }
    }

    /** The three reports as one set: all of the new run's or, if anything fails, all of the last one's. */
    private static void write(ReportFolder folder, LocalDate day, NightlyJob.Outcome outcome) throws IOException {
        try {
            folder.publish(day, Map.of(ReportFolder.JSON, outcome.json(), ReportFolder.HTML, outcome.html(),
                    ReportFolder.MARKDOWN, outcome.markdown()));
        } catch (IOException e) {
            throw new IOException("cannot write the report in " + folder.day(day) + ": " + FileErrors.describe(e)
                    + "; the previous report is unchanged", e);
        }
    }

    /** The one line a night's log keeps: what was read, found and changed, how well it grouped, how fast. */
    static String summary(NightlyJob.Outcome outcome, Path dir, double seconds) {
        Report r = outcome.report();
        NightlyJob.Stats s = outcome.stats();
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "Nightly: %d articles in %d stories, %d conflicts",
                s.articles(), s.stories(), r.conflicts().size()));
        long high = r.conflicts().stream().filter(c -> "HIGH".equals(c.severity())).count();
        line.append(" (").append(high).append(" HIGH)");
        if (r.changes() != null) {
            line.append("; ").append(ReportChanges.summary(r.changes()));
        }
        if (r.grouping() != null) {
            var g = r.grouping();
            line.append(String.format(Locale.ROOT, "; grouping vs %s labels: ARI %.3f, pairwise P %.3f R %.3f",
                    g.labels(), g.adjustedRand(), g.precision(), g.recall()));
        }
        if (!r.skipped().isEmpty()) {
            line.append("; ").append(r.skipped().size()).append(" skipped");
        }
        line.append(String.format(Locale.ROOT, "; %.1f s, %.1f articles/s (%d of %d stories from cache; %d articles analysed,"
                        + " %d from cache) -> %s/report.{json,html,md}", seconds, s.articles() / seconds, s.cachedStories(),
                s.stories(), s.analysed(), s.cachedArticles(), dir));
        return line.toString();
    }
}
