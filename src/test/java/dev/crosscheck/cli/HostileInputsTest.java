package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line against the hostile inputs of issue 12 (README, "Hostile inputs"): a run never crashes,
 * hangs or loses the articles beside a bad input, and the nightly's three reports change only as a set.
 */
class HostileInputsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path SEED = Path.of("fixtures/aurus");

    @TempDir
    Path tmp;

    private static List<Path> seedArticles() throws IOException {
        try (Stream<Path> files = Files.list(SEED)) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static Set<String> flags(JsonNode report) {
        Set<String> flags = new TreeSet<>();
        report.get("conflicts").forEach(c -> flags.add(c.get("rule").asText() + " / " + c.get("scope").asText()
                + " / " + c.get("evidence").size()));
        return flags;
    }

    @Test
    void aFifoGivenOrInAFolderIsSkippedAndNothingWaitsOnIt() throws Exception {
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        for (Path article : seedArticles()) {
            Files.copy(article, feed.resolve(article.getFileName()));
        }
        Path fifo = feed.resolve("pipe.txt");
        assertEquals(0, new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor());
        Files.createSymbolicLink(feed.resolve("loop"), Path.of("."));

        CliRunner.Run run = assertTimeoutPreemptively(Duration.ofMinutes(3),
                () -> CliRunner.run("check", fifo.toString(), feed.toString()), "check must not wait on a pipe");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("skipped " + fifo + ": not a file or folder but a named pipe (FIFO); not opened"),
                run.out());
        assertTrue(run.out().contains("skipped " + feed.resolve("loop") + ": symbolic link loop"), run.out());
        assertTrue(run.out().startsWith("Crosscheck: 5 articles"), run.out());
    }

    @Test
    void aJsonPastTheParsersLimitsIsSkippedAndTheNightlyStillWritesItsReport() throws IOException {
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        for (Path article : seedArticles()) {
            Files.copy(article, feed.resolve(article.getFileName()));
        }
        Files.writeString(feed.resolve("deep.json"), "[".repeat(1001) + "]".repeat(1001));
        Path out = tmp.resolve("reports");

        CliRunner.Run run = NightlyRuns.nightly(feed, out, "2026-11-24");

        assertEquals(0, run.code(), run.err());
        assertFalse(run.err().contains("Exception"), run.err());
        JsonNode report = NightlyRuns.report(out, "2026-11-24");
        assertEquals(5, report.get("articles").size());
        assertTrue(report.get("skipped").get(0).get("reason").asText().startsWith("past the JSON parser's limits"),
                report.get("skipped").toString());
        CliRunner.Run check = CliRunner.run("check", feed.resolve("deep.json").toString());
        assertEquals(2, check.code(), "nothing readable");
        assertFalse(check.err().contains("Exception"), check.err());
        assertTrue(check.err().contains("skipped " + feed.resolve("deep.json") + ":1: past the JSON parser's limits"),
                check.err());
    }

    @Test
    void articlesGivenOneIdKeepTheirOwnFlagsAndTheRunSaysSo() throws IOException {
        List<String> records = new ArrayList<>();
        for (Path article : seedArticles()) {
            records.add(JSON.createObjectNode().put("id", "same").put("text", Files.readString(article)).toString());
        }
        Path feed = Files.write(tmp.resolve("feed.jsonl"), records);
        Path plain = tmp.resolve("plain.json");
        Path sameId = tmp.resolve("same.json");

        assertEquals(0, CliRunner.run("check", SEED.toString(), "--json", plain.toString()).code());
        CliRunner.Run run = CliRunner.run("check", feed.toString(), "--json", sameId.toString());

        assertEquals(0, run.code(), run.err());
        JsonNode report = JSON.readTree(sameId.toFile());
        List<String> ids = new ArrayList<>();
        report.get("articles").forEach(a -> ids.add(a.get("id").asText()));
        assertEquals(List.of("same", "same~2", "same~3", "same~4", "same~5"), ids);
        assertEquals(flags(JSON.readTree(plain.toFile())), flags(report), "the same flags as the articles under their own ids");
        assertTrue(run.err().contains("crosscheck: warning: " + feed + ":2: its id 'same' is also the id of " + feed
                + ":1; renamed 'same~2' so both are kept"), run.err());
        assertTrue(report.get("articles").get(1).get("problems").toString().contains("renamed 'same~2'"));
    }

    @Test
    void aReportThatCannotBeWrittenSaysWhy() throws IOException {
        Path notAFolder = Files.writeString(tmp.resolve("file.txt"), "a file, not a folder");
        CliRunner.Run run = CliRunner.run("check", SEED.toString(), "--json", notAFolder.resolve("out.json").toString());
        assertEquals(2, run.code());
        assertTrue(run.err().startsWith("crosscheck: cannot write report: " + notAFolder + ": already exists (a file where"
                + " a folder is needed"), run.err());
    }

    @Test
    void theNightlysThreeReportsAreReplacedAsOneSet() throws IOException {
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        List<Path> articles = seedArticles();
        for (Path article : articles.subList(0, 3)) {
            Files.copy(article, feed.resolve(article.getFileName()));
        }
        Path out = tmp.resolve("reports");
        assertEquals(0, NightlyRuns.nightly(feed, out, "2026-11-24").code());
        Path day = out.resolve("2026-11-24");
        // An obstacle in the old set that makes replacing report.md in place fail, even for root (a read-only
        // folder would do it for a user): before report sets, the new report.html was then left beside the old
        // report.json and report.md.
        Files.delete(day.resolve("report.md"));
        Files.createDirectories(day.resolve("report.md").resolve("in-the-way"));
        for (Path article : articles.subList(3, 5)) {
            Files.copy(article, feed.resolve(article.getFileName()));
        }

        CliRunner.Run run = NightlyRuns.nightly(feed, out, "2026-11-24");

        assertEquals(0, run.code(), run.err());
        JsonNode report = NightlyRuns.report(out, "2026-11-24");
        assertEquals(5, report.get("articles").size());
        String html = NightlyRuns.text(day.resolve("report.html"));
        String md = NightlyRuns.text(day.resolve("report.md"));
        report.get("articles").forEach(a -> {
            assertTrue(html.contains(a.get("id").asText()) || html.contains(a.get("outlet").asText()), a.toString());
        });
        assertTrue(md.contains(report.get("conflicts").get(0).get("id").asText()), "the Markdown is the same run's");
        assertTrue(html.contains(report.get("conflicts").get(0).get("id").asText()), "the page is the same run's");
    }
}
