package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.crosscheck.SharedData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A nightly run killed half-way (SIGKILL, in a child JVM, while it is checking stories) leaves the last
 * good report exactly as it was and no stray files among the reports; run again, it gives the report an
 * uninterrupted run gives.
 */
class NightlyKilledRunTest {

    private static final String DATE = "2026-11-23";
    private static final List<String> REPORTS = List.of("report.json", "report.html", "report.md");

    @TempDir
    Path tmp;

    @Test
    void aKilledRunLeavesThePreviousReportIntactAndARerunGivesTheUninterruptedResult() throws Exception {
        List<String> corpus = Files.readAllLines(SharedData.corpus());
        Path small = Files.write(tmp.resolve("small.jsonl"), corpus.subList(0, 40));
        Path big = Files.write(tmp.resolve("big.jsonl"), corpus.subList(0, 140));
        Path out = tmp.resolve("reports");

        CliRunner.Run good = NightlyRuns.nightly(small, out, DATE);
        assertEquals(0, good.code(), good.err());
        byte[][] before = read(out.resolve(DATE));

        Process child = new ProcessBuilder(javaCommand(big, out)).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        try {
            awaitProgress(child, 60, 140);
        } finally {
            child.destroyForcibly(); // SIGKILL: no shutdown hook, no finally block runs in the child
            child.waitFor(30, TimeUnit.SECONDS);
        }

        assertArrayEquals(before, read(out.resolve(DATE)), "the last good report is byte for byte as it was");
        try (Stream<Path> files = Files.list(out.resolve(DATE))) {
            assertEquals(REPORTS.stream().sorted().toList(), files.map(p -> p.getFileName().toString()).sorted().toList(),
                    "nothing else there");
        }

        CliRunner.Run rerun = NightlyRuns.nightly(big, out, DATE);
        assertEquals(0, rerun.code(), rerun.err());
        Path clean = tmp.resolve("uninterrupted");
        Files.createDirectories(clean.resolve(DATE));
        for (int i = 0; i < REPORTS.size(); i++) {
            Files.write(clean.resolve(DATE).resolve(REPORTS.get(i)), before[i]);
        }
        CliRunner.Run uninterrupted = NightlyRuns.nightly(big, clean, DATE, "--no-cache");
        assertEquals(0, uninterrupted.code(), uninterrupted.err());
        assertEquals(NightlyRuns.withoutGenerated(NightlyRuns.text(clean.resolve(DATE).resolve("report.json"))),
                NightlyRuns.withoutGenerated(NightlyRuns.text(out.resolve(DATE).resolve("report.json"))));
    }

    /** {@code nightly} in a JVM of its own, on one thread so that it is still checking when it is killed. */
    private static List<String> javaCommand(Path feed, Path out) {
        String java = ProcessHandle.current().info().command().orElse(Path.of(System.getProperty("java.home"), "bin",
                "java").toString());
        return List.of(java, "-cp", System.getProperty("java.class.path"), Main.class.getName(), "nightly",
                "--feed", feed.toString(), "--out", out.toString(), "--date", DATE, "--threads", "1", "--progress");
    }

    /** Waits until the child's progress line says at least {@code done} articles are checked. */
    private static void awaitProgress(Process child, int done, int total) throws IOException {
        Pattern progress = Pattern.compile("checking: (\\d+)/" + total + " articles");
        StringBuilder err = new StringBuilder();
        InputStream in = child.getErrorStream();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
        byte[] buffer = new byte[4096];
        while (System.nanoTime() < deadline) {
            int n = in.read(buffer);
            if (n < 0) {
                fail("the run ended before it could be killed: " + err);
            }
            err.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
            Matcher m = progress.matcher(err);
            int last = -1;
            while (m.find()) {
                last = Integer.parseInt(m.group(1));
            }
            if (last >= done) {
                assertTrue(last < total, "killed half-way, not at the end: " + last);
                return;
            }
        }
        fail("no progress to " + done + " articles within 3 minutes: " + err);
    }

    private static byte[][] read(Path dir) throws IOException {
        byte[][] files = new byte[REPORTS.size()][];
        for (int i = 0; i < REPORTS.size(); i++) {
            files[i] = Files.readAllBytes(dir.resolve(REPORTS.get(i)));
        }
        return files;
    }
}
