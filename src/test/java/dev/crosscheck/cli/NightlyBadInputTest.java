package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.crosscheck.SharedData;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input in one feed: each is listed in {@code skipped} with its reason and the run goes on;
 * a feed with nothing readable at all exits 2 with a clear message and writes no report.
 */
class NightlyBadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    static final String GERMAN = "Die Bundesregierung hat sich nach langen Verhandlungen auf den Haushalt für das"
            + " kommende Jahr geeinigt. Finanzminister Olaf Scholz sagte am Mittwoch in Berlin, die Einigung sei ein"
            + " wichtiges Signal für die Stabilität des Landes.\n\nDer Entwurf sieht Ausgaben in Höhe von rund 356"
            + " Milliarden Euro vor. Neue Schulden sollen nicht aufgenommen werden. Die Opposition kritisierte die"
            + " Pläne als unzureichend und forderte mehr Investitionen in Bildung und Infrastruktur.\n\nDer Bundestag"
            + " soll im Herbst über den Haushalt abstimmen.";
    static final String FRENCH = "Le gouvernement a présenté mercredi son projet de loi sur l'immigration, qui prévoit"
            + " un durcissement des conditions d'accueil des demandeurs d'asile.\n\nSelon le ministre de l'Intérieur,"
            + " le texte vise à réduire les délais de traitement des demandes à six mois. Les associations d'aide aux"
            + " migrants ont dénoncé un projet « inhumain ».\n\nLe texte sera examiné par l'Assemblée nationale au"
            + " printemps.";
    private static final int TWENTY_MB = 20 * 1024 * 1024;

    @TempDir
    Path tmp;

    @Test
    void eachBadInputIsSkippedWithItsReasonAndTheRestIsChecked() throws IOException {
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        List<String> corpus = Files.readAllLines(SharedData.corpus());
        Files.writeString(feed.resolve("feed.jsonl"), String.join("\n",
                corpus.get(0),
                "{\"id\": \"broken\", \"text\": \"the line was cut here",
                record("blank", "   \n\n  "),
                record("german", GERMAN),
                record("huge", "The council met on Monday and approved the budget. ".repeat(TWENTY_MB / 50)),
                corpus.get(1)) + "\n");
        byte[] binary = new byte[4096];
        for (int i = 0; i < binary.length; i++) {
            binary[i] = (byte) (i * 31);
        }
        Files.write(feed.resolve("scan.txt"), binary);
        Files.writeString(feed.resolve("empty.txt"), " \n\n \n");
        Files.writeString(feed.resolve("french.txt"), FRENCH);
        Files.writeString(feed.resolve("huge.txt"), "The council met on Monday. ".repeat(TWENTY_MB / 26));

        Path out = tmp.resolve("reports");
        CliRunner.Run run = NightlyRuns.nightly(feed, out, "2026-11-23");

        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("Nightly: 2 articles in "), run.out());
        assertTrue(run.out().contains("; 8 skipped;"), run.out());
        JsonNode report = NightlyRuns.report(out, "2026-11-23");
        assertEquals(2, report.get("articles").size());
        Map<String, String> skipped = new TreeMap<>();
        report.get("skipped").forEach(s -> skipped.put(Path.of(s.get("path").asText()).getFileName().toString(),
                s.get("reason").asText()));
        assertEquals(8, skipped.size(), skipped.toString());
        assertTrue(skipped.get("feed.jsonl:2").startsWith("not valid JSON: "), skipped.toString());
        assertTrue(skipped.get("feed.jsonl:3").startsWith("empty: "), skipped.toString());
        assertEquals("not English: OpenNLP's language detector says German ('deu')", skipped.get("feed.jsonl:4"));
        assertTrue(skipped.get("feed.jsonl:5").matches("too large for one article: 2\\d\\.\\d MB \\(limit 2 MB\\)"),
                skipped.toString());
        assertEquals("binary or not UTF-8 text", skipped.get("scan.txt"));
        assertTrue(skipped.get("empty.txt").startsWith("empty: "), skipped.toString());
        assertEquals("not English: OpenNLP's language detector says French ('fra')", skipped.get("french.txt"));
        assertTrue(skipped.get("huge.txt").matches("too large for one article: 2\\d\\.\\d MB \\(limit 2 MB\\)"),
                skipped.toString());
        String html = NightlyRuns.text(out.resolve("2026-11-23").resolve("report.html"));
        assertTrue(html.contains("Skipped inputs (8)"));
    }

    @Test
    void publishingNeedsTheSparkEngine() throws IOException {
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        Files.writeString(feed.resolve("feed.jsonl"), Files.readAllLines(SharedData.corpus()).get(0) + "\n");
        CliRunner.Run run = NightlyRuns.nightly(feed, tmp.resolve("reports"), "2026-11-23", "--publish",
                "hdfs://cluster/reports");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--publish needs --engine spark"), run.err());
        assertFalse(Files.exists(tmp.resolve("reports").resolve("2026-11-23")), "nothing is written");
    }

    @Test
    void nothingReadableExitsTwoSaysWhyAndWritesNoReport() throws IOException {
        Path feed = Files.createDirectories(tmp.resolve("feed"));
        Files.writeString(feed.resolve("feed.jsonl"), "{\"id\": \"x\", \"te\n" + record("german", GERMAN) + "\n");
        Files.write(feed.resolve("scan.txt"), new byte[] {0, 1, 2, 3, (byte) 0xff});
        Files.writeString(feed.resolve("empty.txt"), "\n");
        Path out = tmp.resolve("reports");

        CliRunner.Run run = NightlyRuns.nightly(feed, out, "2026-11-23");

        assertEquals(2, run.code());
        assertEquals("", run.out());
        assertTrue(run.err().contains("no article could be read from [" + feed + "]; no report was written"), run.err());
        assertTrue(run.err().contains("skipped " + feed.resolve("feed.jsonl") + ":1: not valid JSON"), run.err());
        assertTrue(run.err().contains("German"), run.err());
        assertFalse(Files.exists(out.resolve("2026-11-23")));
        assertEquals(2, NightlyRuns.nightly(tmp.resolve("no-such-feed"), out, "2026-11-23").code());
    }

    private static String record(String id, String text) throws IOException {
        ObjectNode node = JSON.createObjectNode().put("id", id).put("outlet", "example.org").put("published", "2018-01-10")
                .put("text", text);
        return new String(JSON.writeValueAsBytes(node), StandardCharsets.UTF_8);
    }
}
