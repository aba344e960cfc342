package dev.crosscheck.cli;

import dev.crosscheck.annotate.Models;
import dev.crosscheck.check.StageTimer;
import dev.crosscheck.ingest.ArticleReader;
import dev.crosscheck.ingest.Ingested;
import dev.crosscheck.ingest.LanguageIdentifier;
import dev.crosscheck.nightly.Benchmark;
import dev.crosscheck.rules.RuleBook;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crosscheck bench --feed FILE}: in one JVM, on the same ingested articles, a bare OpenNLP pass on one
 * thread, then the nightly pipeline on each thread count asked for (a first run over an empty cache), and a
 * second run over the filled cache; prints articles per second and the ratios.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time the nightly pipeline against a bare OpenNLP pass on the same articles.")
final class BenchCommand implements Callable<Integer> {

    @Option(names = "--feed", arity = "1..*", paramLabel = "PATH",
            description = "Feed files and folders, as for nightly; with --scale, the labelled corpus the feeds are made"
                    + " from (default: ../shared/corpora/news-clusters.jsonl).")
    List<Path> feed;

    @Option(names = "--scale", description = "Run the nightly on generated feeds of growing size instead, each in a"
            + " process of its own: time, articles/s, peak memory, stories, conflicts, grouping score, growth exponent.")
    boolean scale;

    @Option(names = "--sizes", split = ",", paramLabel = "N", defaultValue = "1000,4000,16000,32000",
            description = "With --scale: feed sizes in articles (default: ${DEFAULT-VALUE}).")
    List<Integer> sizes;

    @Option(names = "--engines", split = ",", paramLabel = "ENGINE", defaultValue = "local,spark",
            description = "With --scale: engines to run, local and/or spark (default: ${DEFAULT-VALUE}).")
    List<String> engines;

    @Option(names = "--master", paramLabel = "URL", defaultValue = "local[2]",
            description = "With --scale: the Spark master (default: ${DEFAULT-VALUE}).")
    String master;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "42", description = "With --scale: the generator's seed.")
    long seed;

    @Option(names = "--threads", split = ",", paramLabel = "N",
            description = "Thread counts for the pipeline, comma-separated (default: 1 and the number of cores).")
    List<Integer> threads;

    @Option(names = "--warmup", paramLabel = "N", defaultValue = "1",
            description = "Untimed rounds of everything first, for the JIT (default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--rounds", paramLabel = "N", defaultValue = "1",
            description = "Timed rounds; each figure is the best round, as other processes share the machine"
                    + " (default: ${DEFAULT-VALUE}).")
    int rounds;

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: ./rules).")
    Path rules;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (scale) {
            return scale(out, err);
        }
        if (feed == null) {
            err.println("crosscheck: bench needs --feed (or --scale)");
            return Main.USAGE;
        }
        int cores = Runtime.getRuntime().availableProcessors();
        List<Integer> counts = threads != null ? threads : cores > 1 ? List.of(1, cores) : List.of(1);
        if (counts.stream().anyMatch(n -> n < 1) || warmup < 0 || rounds < 1) {
            err.println("crosscheck: --threads takes counts of 1 or more, --warmup 0 or more, --rounds 1 or more");
            return Main.USAGE;
        }
        Optional<RuleBook> loaded = LoadedRules.load(rules, new StageTimer(), err);
        if (loaded.isEmpty()) {
            return Main.USAGE;
        }
        RuleBook book = loaded.get();
        Ingested ingested = new ArticleReader(book.knowledge().boilerplate(), new LanguageIdentifier()).read(feed);
        if (ingested.articles().isEmpty()) {
            err.println("crosscheck: no article could be read from " + feed);
            return Main.USAGE;
        }
        Path scratch;
        try {
            scratch = Files.createTempDirectory("crosscheck-bench-");
        } catch (IOException e) {
            err.println("crosscheck: cannot make a scratch folder: " + e.getMessage());
            return Main.USAGE;
        }
        Benchmark bench = new Benchmark(book, Models.load(), feed, ingested, scratch);
        try {
            out.printf(Locale.ROOT, "Benchmark: %d articles from %s (%d skipped at ingest; ingest is not timed),"
                    + " %d core(s), %d warm-up round(s), best of %d round(s)%n", bench.articles(), feed,
                    ingested.skipped().size(), cores, warmup, rounds);
            out.flush();
            for (int i = 0; i < warmup; i++) {
                err.println("warm-up round " + (i + 1) + " of " + warmup + "...");
                bench.bareOpenNlp();
                for (int n : counts) {
                    bench.pipeline(n, n == counts.get(counts.size() - 1));
                }
                bench.cleanUp();
            }
            // Rounds interleave the bare pass and the pipeline, so that a machine whose speed drifts (a shared one)
            // slows both alike: each round's pair gives a ratio, and their median is printed beside the best of each.
            List<Benchmark.Measurement> bares = new ArrayList<>();
            Map<Integer, List<Benchmark.Measurement>> firstRuns = new LinkedHashMap<>();
            List<Benchmark.Measurement> secondRuns = new ArrayList<>();
            for (int r = 0; r < rounds; r++) {
                bares.add(bench.bareOpenNlp());
                for (int n : counts) {
                    boolean last = n == counts.get(counts.size() - 1);
                    List<Benchmark.Measurement> m = bench.pipeline(n, last);
                    firstRuns.computeIfAbsent(n, k -> new ArrayList<>()).add(m.get(0));
                    if (last) {
                        secondRuns.add(m.get(1));
                    }
                    bench.cleanUp();
                }
            }
            Benchmark.Measurement bare = fastest(bares);
            print(out, bare, null);
            out.println("      (OpenNLP as it runs by default: the tagger's beam of three; the pipeline's annotate stage"
                    + " tags with a beam of one, the same tags for half the work)");
            Benchmark.Measurement firstOfSecond = null;
            for (List<Benchmark.Measurement> runs : firstRuns.values()) {
                firstOfSecond = fastest(runs);
                print(out, firstOfSecond, bare);
                List<Double> ratios = pairedRatios(runs, bares);
                out.printf(Locale.ROOT, "      round by round against the bare pass of the same round: %s x,"
                        + " median %.2f x%n", ratios.stream().map(x -> String.format(Locale.ROOT, "%.2f", x))
                        .collect(Collectors.joining(", ")), median(ratios));
            }
            Benchmark.Measurement second = fastest(secondRuns);
            print(out, second, bare);
            out.printf(Locale.ROOT, "  second run / first run: %.1f times faster%n",
                    second.articlesPerSecond() / firstOfSecond.articlesPerSecond());
            return Main.OK;
        } finally {
            bench.cleanUp();
            try {
                Files.deleteIfExists(scratch);
            } catch (IOException e) {
                err.println("crosscheck: could not remove " + scratch + ": " + e.getMessage());
            }
        }
    }

    private int scale(PrintWriter out, PrintWriter err) throws InterruptedException {
        Path corpus = feed != null ? feed.get(0) : Path.of("..", "shared", "corpora", "news-clusters.jsonl");
        if (sizes.stream().anyMatch(n -> n < 1) || !List.of("local", "spark").containsAll(engines)) {
            err.println("crosscheck: --sizes takes counts of 1 or more, --engines local and/or spark");
            return Main.USAGE;
        }
        try {
            return ScaleBench.run(corpus, sizes, engines, master, seed, out, err);
        } catch (IOException e) {
            err.println("crosscheck: " + e.getMessage());
            return Main.USAGE;
        }
    }

    /** Each round's pipeline speed over the bare pass's speed in that round. */
    private static List<Double> pairedRatios(List<Benchmark.Measurement> runs, List<Benchmark.Measurement> bares) {
        List<Double> ratios = new ArrayList<>();
        for (int r = 0; r < runs.size(); r++) {
            ratios.add(runs.get(r).articlesPerSecond() / bares.get(r).articlesPerSecond());
        }
        return ratios;
    }

    private static double median(List<Double> values) {
        List<Double> sorted = values.stream().sorted().toList();
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }

    private static Benchmark.Measurement fastest(List<Benchmark.Measurement> runs) {
        return runs.stream().max(Comparator.comparingDouble(Benchmark.Measurement::articlesPerSecond)).orElseThrow();
    }

    private static void print(PrintWriter out, Benchmark.Measurement m, Benchmark.Measurement bare) {
        out.printf(Locale.ROOT, "  %-46s %d thread%s: %6.1f articles/s  (%5.1f s wall, %5.1f s CPU, %.2f cores busy)",
                m.name(), m.threads(), m.threads() == 1 ? " " : "s", m.articlesPerSecond(), m.seconds(), m.cpuSeconds(),
                m.coresUsed());
        if (bare != null) {
            // CPU time is what other processes on the machine cannot inflate: the work, whatever the waiting
            out.printf(Locale.ROOT, "  = %.2f x bare (%.2f x by CPU time)", m.articlesPerSecond() / bare.articlesPerSecond(),
                    (m.articles() / m.cpuSeconds()) / (bare.articles() / bare.cpuSeconds()));
        }
        out.println();
        if (!m.stageMillis().isEmpty()) {
            out.println("      stages (ms, summed over threads): " + m.stageMillis());
            Long meaning = m.stageMillis().get("meaning");
            if (meaning != null) {
                out.printf(Locale.ROOT, "      of which embedding claim frames (meaning): %.1f s, %.0f%% of the stages%n",
                        meaning / 1000.0, 100.0 * meaning / m.stageMillis().values().stream().mapToLong(Long::longValue).sum());
            }
        }
        out.flush();
    }
}
