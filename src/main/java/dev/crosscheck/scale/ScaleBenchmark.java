package dev.crosscheck.scale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs {@code crosscheck nightly} on generated feeds of growing size, each in a process of its own (as a
 * night would run it: a cold start, an empty cache), and measures what a night costs: wall time, peak
 * resident memory (the process's high-water mark, read from {@code /proc} while it runs), stories,
 * conflicts and the grouping's score against the generated events.
 */
public final class ScaleBenchmark {

    /** One run: a feed size on an engine. */
    public record Run(int articles, String engine, double seconds, double cpuSeconds, long peakBytes, int stories,
                      int conflicts, double adjustedRand, int exitCode) {

        public double articlesPerSecond() {
            return articles / seconds;
        }
    }

    private static final Pattern SUMMARY = Pattern.compile("Nightly: (\\d+) articles in (\\d+) stories, (\\d+) conflicts");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Linux's USER_HZ, 100 on every common kernel: the unit of CPU times in /proc. */
    private static final int CLOCK_TICKS = 100;

    private final Path launcher;
    private final Path scratch;

    /** @param launcher the {@code crosscheck} script; @param scratch a folder for the feeds and reports */
    public ScaleBenchmark(Path launcher, Path scratch) {
        this.launcher = launcher;
        this.scratch = scratch;
    }

    /** Runs the nightly over {@code feed} with the extra options (an engine, say) and measures it. */
    public Run run(Path feed, int articles, String engine, List<String> options) throws IOException, InterruptedException {
        Path out = Files.createTempDirectory(scratch, "reports-" + articles + "-");
        List<String> command = new ArrayList<>(List.of(launcher.toString(), "nightly", "--feed", feed.toString(),
                "--out", out.toString(), "--date", "2040-01-01", "--no-progress"));
        command.addAll(options);
        Path log = out.resolve("nightly.log");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        long start = System.nanoTime();
        long peak = 0;
        double cpu = 0;
        while (!process.waitFor(100, java.util.concurrent.TimeUnit.MILLISECONDS)) {
            peak = Math.max(peak, residentHighWaterMark(process.pid()));
            cpu = Math.max(cpu, cpuSeconds(process.pid()));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Matcher m = SUMMARY.matcher(output);
        if (process.exitValue() != 0 || !m.find()) {
            throw new IOException("the nightly run over " + feed + " failed (exit " + process.exitValue() + "):\n" + output);
        }
        JsonNode report = JSON.readTree(out.resolve("2040-01-01").resolve("report.json").toFile());
        JsonNode grouping = report.get("grouping");
        return new Run(Integer.parseInt(m.group(1)), engine, seconds, cpu, peak, Integer.parseInt(m.group(2)),
                Integer.parseInt(m.group(3)), grouping == null ? Double.NaN : grouping.get("adjustedRand").asDouble(),
                process.exitValue());
    }

    /** The exponent k in time ~ articles^k between two runs (wall time): 1 is linear, 2 quadratic. */
    public static double exponent(Run small, Run large) {
        return Math.log(large.seconds() / small.seconds()) / Math.log((double) large.articles() / small.articles());
    }

    /** The same for CPU time, which other work on a shared machine does not inflate. */
    public static double cpuExponent(Run small, Run large) {
        return Math.log(large.cpuSeconds() / small.cpuSeconds()) / Math.log((double) large.articles() / small.articles());
    }

    /** CPU seconds the process has used so far (user and system, from /proc), or 0 when /proc cannot tell. */
    private static double cpuSeconds(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / (double) CLOCK_TICKS;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    public static String row(Run r) {
        return String.format(Locale.ROOT, "| %,d | %s | %.1f | %.1f | %.1f | %.1f | %,d | %,d | %,d | %.3f |", r.articles(),
                r.engine(), r.seconds(), r.articlesPerSecond(), r.cpuSeconds(), r.cpuSeconds() / r.articles() * 1000,
                r.peakBytes() >> 20, r.stories(), r.conflicts(), r.adjustedRand());
    }

    /** The process's peak resident memory so far (VmHWM), or 0 when /proc cannot tell (not Linux, or gone). */
    private static long residentHighWaterMark(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
                }
            }
        } catch (IOException | RuntimeException e) {
            // the process has just ended, or this is not Linux
        }
        return 0;
    }
}
