package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.SharedData;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The nightly on Apache Spark (embedded, {@code local[2]}) against the nightly on this machine, over the
 * labelled corpus with a corrupt line and a blank line put in: the same report.json, byte for byte, apart
 * from the time it was made. Runs with the spark Maven profile ({@code mvn -Pspark test}).
 */
class NightlySparkTest {

    private static final String DATE = "2026-11-23";

    @TempDir
    Path tmp;

    @Test
    void sparkOnTwoCoresWritesTheLocalEnginesReportByteForByte() throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(SharedData.corpus()));
        lines.add(17, "{\"id\": \"broken\", \"text\": ");
        lines.add(40, "");
        Path feed = tmp.resolve("feed.jsonl");
        Files.write(feed, lines);

        CliRunner.Run local = NightlyRuns.nightly(feed, tmp.resolve("local"), DATE, "--no-cache");
        assertEquals(0, local.code(), local.err());
        CliRunner.Run spark = NightlyRuns.nightly(feed, tmp.resolve("spark"), DATE, "--engine", "spark",
                "--master", "local[2]");
        assertEquals(0, spark.code(), spark.err());
        System.out.println("local: " + local.out().strip());
        System.out.println("spark: " + spark.out().strip());

        String localJson = NightlyRuns.text(tmp.resolve("local").resolve(DATE).resolve("report.json"));
        String sparkJson = NightlyRuns.text(tmp.resolve("spark").resolve(DATE).resolve("report.json"));
        assertTrue(sparkJson.contains(feed + ":18"), "the corrupt line is listed as skipped");
        assertEquals(NightlyRuns.withoutGenerated(localJson), NightlyRuns.withoutGenerated(sparkJson));
        assertTrue(spark.out().contains("383 articles"), spark.out());
    }

    @Test
    void aJsonFeedKeepsItsEventLabelsOnSpark() throws IOException {
        // the first 40 records of the labelled corpus as one JSON array: read on the driver, labels and all
        List<String> records = Files.readAllLines(SharedData.corpus()).stream().filter(l -> !l.isBlank()).limit(40)
                .toList();
        Path feed = tmp.resolve("feed.json");
        Files.writeString(feed, "[" + String.join(",\n", records) + "]");

        CliRunner.Run local = NightlyRuns.nightly(feed, tmp.resolve("local"), DATE, "--no-cache");
        assertEquals(0, local.code(), local.err());
        Path published = tmp.resolve("published");
        CliRunner.Run spark = NightlyRuns.nightly(feed, tmp.resolve("spark"), DATE, "--engine", "spark",
                "--master", "local[2]", "--publish", published.toUri().toString());
        assertEquals(0, spark.code(), spark.err());
        assertTrue(spark.out().contains("grouping vs event labels"), spark.out());
        // the day's set, copied through Hadoop's file system to the URI given, as written in --out
        for (String file : List.of("report.json", "report.html", "report.md")) {
            assertEquals(NightlyRuns.text(tmp.resolve("spark").resolve(DATE).resolve(file)),
                    NightlyRuns.text(published.resolve(DATE).resolve(file)), file);
        }
        assertEquals(NightlyRuns.withoutGenerated(NightlyRuns.text(tmp.resolve("local").resolve(DATE).resolve("report.json"))),
                NightlyRuns.withoutGenerated(NightlyRuns.text(tmp.resolve("spark").resolve(DATE).resolve("report.json"))));
    }
}
