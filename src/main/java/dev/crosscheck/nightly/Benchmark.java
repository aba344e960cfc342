package dev.crosscheck.nightly;

import dev.crosscheck.annotate.BareOpenNlpPass;
import dev.crosscheck.annotate.Models;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.meaning.FrameVectors;
import dev.crosscheck.rules.RuleBook;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Times, in one JVM and on the same ingested articles, a bare OpenNLP pass and the nightly pipeline. The
 * pipeline is everything {@code nightly} does after reading the feed: grouping and its score, checking
 * every story (annotate, extract, align, rules) with a fresh extraction cache that it fills, as a first
 * run does, and building and rendering the three reports; only file reading (ingest) and writing the
 * reports are left out. A second run over the filled cache is timed too. Each figure is the best of some
 * rounds, after warm-up rounds, since other processes share the machine; CPU time (this process, all
 * threads) is reported next to wall time for the same reason.
 */
public final class Benchmark {

    /** One timed pass: articles handled, wall seconds, and CPU seconds this process used meanwhile. */
    public record Measurement(String name, int threads, int articles, double seconds, double cpuSeconds,
                              Map<String, Long> stageMillis) {

        public double articlesPerSecond() {
            return articles / seconds;
        }

        /** How many cores the pass kept busy on average. */
        public double coresUsed() {
            return cpuSeconds / seconds;
        }
    }

    private final RuleBook book;
    private final Models models;
    private final List<Path> feed;
    private final Ingested ingested;
    private final Path scratch;

    /** @param scratch an empty folder for the pipeline's caches and (never written) report folders */
    public Benchmark(RuleBook book, Models models, List<Path> feed, Ingested ingested, Path scratch) {
        this.book = book;
        this.models = models;
        this.feed = feed;
        this.ingested = ingested;
        this.scratch = scratch;
    }

    public int articles() {
        return ingested.articles().size();
    }

    /** Sentence detection, tokenisation and POS tagging of every article body, on this thread. */
    public Measurement bareOpenNlp() {
        BareOpenNlpPass pass = new BareOpenNlpPass(models);
        long tokens = 0;
        Clock clock = Clock.start();
        for (Article article : ingested.articles()) {
            tokens += pass.run(article.body());
        }
        if (tokens == 0) {
            throw new IllegalStateException("the bare pass tagged nothing");
        }
        return clock.stop("bare OpenNLP (sentences, tokens, POS)", 1, articles(), Map.of());
    }

    /**
     * The nightly pipeline on {@code threads} threads over an empty cache (a first run); then, when
     * {@code again}, once more over the cache it filled (a second run). Returns one or two measurements.
     */
    public List<Measurement> pipeline(int threads, boolean again) throws InterruptedException {
        Path out = freshFolder("out-" + threads + "-");
        FrameVectors.shared().forget(); // a first run embeds its claim frames afresh, as a new process does
        Measurement first = pipelineRun(out, threads, "nightly pipeline, first run (empty cache)");
        if (!again) {
            return List.of(first);
        }
        return List.of(first, pipelineRun(out, threads, "nightly pipeline, second run (cached)"));
    }

    private Measurement pipelineRun(Path out, int threads, String name) throws InterruptedException {
        StageTimer timer = new StageTimer();
        NightlyJob job = new NightlyJob(book, () -> models, new ReportFolder(out), timer);
        Clock clock = Clock.start();
        NightlyJob.Outcome outcome = job.run(new NightlyJob.Request(feed, LocalDate.of(2000, 1, 1), threads, true, null,
                Instant.EPOCH), ingested, ProgressListener.NONE);
        return clock.stop(name, threads, outcome.stats().articles(), timer.millis());
    }

    private Path freshFolder(String prefix) {
        try {
            return Files.createTempDirectory(scratch, prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot make a folder in " + scratch, e);
        }
    }

    /** Deletes what the pipeline runs left in the scratch folder (their caches). */
    public void cleanUp() {
        try {
            Folders.delete(scratch, true);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean up " + scratch, e);
        }
    }

    private record Clock(long wall, long cpu) {

        static Clock start() {
            return new Clock(System.nanoTime(), processCpuNanos());
        }

        Measurement stop(String name, int threads, int articles, Map<String, Long> stages) {
            return new Measurement(name, threads, articles, (System.nanoTime() - wall) / 1e9,
                    (processCpuNanos() - cpu) / 1e9, stages);
        }

        private static long processCpuNanos() {
            if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
                return os.getProcessCpuTime();
            }
            return 0;
        }
    }
}
