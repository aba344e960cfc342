package dev.crosscheck.cli;

import dev.crosscheck.nightly.Folders;
import dev.crosscheck.scale.CorpusEvents;
import dev.crosscheck.scale.FeedGenerator;
import dev.crosscheck.scale.ScaleBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code crosscheck bench --scale}: generates feeds of each size from a labelled corpus (into a temporary
 * folder, deleted afterwards), runs the nightly over each on each engine in a process of its own, and prints
 * a table and the exponent of growth of the nightly's time.
 */
final class ScaleBench {

    /** The overall exponent starts at the first feed of at least this many articles, where a cold start weighs little. */
    private static final int OVERALL_FROM = 3_500;

    private ScaleBench() {
    }

    private static void growth(PrintWriter out, String engine, ScaleBenchmark.Run small, ScaleBenchmark.Run large) {
        out.printf(Locale.ROOT, "%s: time grows as articles^%.2f (CPU time: ^%.2f) from %,d to %,d articles%n", engine,
                ScaleBenchmark.exponent(small, large), ScaleBenchmark.cpuExponent(small, large), small.articles(),
                large.articles());
    }

    static int run(Path corpus, List<Integer> sizes, List<String> engines, String master, long seed, PrintWriter out,
                   PrintWriter err) throws IOException, InterruptedException {
        Path scratch = Files.createTempDirectory("crosscheck-scale-");
        try {
            FeedGenerator generator = new FeedGenerator(CorpusEvents.read(corpus), seed);
            ScaleBenchmark bench = new ScaleBenchmark(Home.dir().resolve("crosscheck").toAbsolutePath(), scratch);
            out.printf(Locale.ROOT, "Scale benchmark: feeds generated from %s (seed %d), %d core(s); each run a fresh"
                    + " process over an empty cache (CROSSCHECK_JAVA_OPTS=%s)%n", corpus, seed,
                    Runtime.getRuntime().availableProcessors(), System.getenv().getOrDefault("CROSSCHECK_JAVA_OPTS", ""));
            out.println("| articles | engine | wall s | articles/s | CPU s | CPU ms/article | peak RSS MB | stories | conflicts | ARI |");
            out.println("|---|---|---|---|---|---|---|---|---|---|");
            out.flush();
            List<ScaleBenchmark.Run> runs = new ArrayList<>();
            for (int size : sizes) {
                Path feed = scratch.resolve("feed-" + size + ".jsonl");
                FeedGenerator.Summary made = generator.write(size, feed);
                err.printf(Locale.ROOT, "generated %d articles, %d events over %d days%n", made.articles(), made.events(),
                        made.days());
                for (String engine : engines) {
                    List<String> options = engine.equals("spark") ? List.of("--engine", "spark", "--master", master)
                            : List.of();
                    ScaleBenchmark.Run run = bench.run(feed, size, engine.equals("spark") ? "spark " + master : engine,
                            options);
                    runs.add(run);
                    out.println(ScaleBenchmark.row(run));
                    out.flush();
                }
                Files.delete(feed);
            }
            for (String engine : engines) {
                List<ScaleBenchmark.Run> mine = runs.stream().filter(r -> r.engine().startsWith(engine)).toList();
                for (int i = 1; i < mine.size(); i++) {
                    growth(out, engine, mine.get(i - 1), mine.get(i));
                }
                // the whole span from the first run past a cold start's weight (4,000 articles, the measure)
                int from = 0;
                while (from < mine.size() - 1 && mine.get(from).articles() < OVERALL_FROM) {
                    from++;
                }
                if (mine.size() - 1 - from >= 2) {
                    growth(out, engine, mine.get(from), mine.get(mine.size() - 1));
                }
            }
            return Main.OK;
        } finally {
            Folders.delete(scratch, false);
        }
    }
}
