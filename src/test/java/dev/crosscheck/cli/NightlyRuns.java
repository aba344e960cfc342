package dev.crosscheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Helpers for tests that run {@code crosscheck nightly}: the run itself, and its JSON report. */
final class NightlyRuns {

    private static final ObjectMapper JSON = new ObjectMapper();

    private NightlyRuns() {
    }

    /** {@code crosscheck nightly --feed FEED --out OUT --date DATE --no-progress EXTRA...}, in this JVM. */
    static CliRunner.Run nightly(Path feed, Path out, String date, String... extra) {
        List<String> args = new ArrayList<>(List.of("nightly", "--feed", feed.toString(), "--out", out.toString(),
                "--date", date, "--no-progress"));
        args.addAll(List.of(extra));
        return CliRunner.run(args.toArray(String[]::new));
    }

    static JsonNode report(Path out, String date) {
        try {
            return JSON.readTree(out.resolve(date).resolve("report.json").toFile());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String text(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The report without what may differ between two runs over the same input: the time, and the changes. */
    static JsonNode withoutRunDetails(JsonNode report) {
        ObjectNode copy = report.deepCopy();
        copy.remove(List.of("generated", "changes", "gone"));
        copy.get("conflicts").forEach(c -> ((ObjectNode) c).remove("change"));
        return copy;
    }

    /** The JSON text with the {@code generated} time taken out: what must be byte-identical between runs. */
    static String withoutGenerated(String json) {
        return json.replaceFirst("\"generated\" : \"[^\"]+\"", "\"generated\" : \"\"");
    }
}
