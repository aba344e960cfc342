package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.crosscheck.review.Action;
import dev.crosscheck.review.DismissReason;
import dev.crosscheck.review.db.Database;
import dev.crosscheck.review.db.Decision;
import dev.crosscheck.review.db.DecisionStore;
import dev.crosscheck.review.db.Editors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With the editors' database in the output folder, each conflict carries its editorial status; a dismissed
 * conflict found again stays in the report, dismissed and marked. Without a database there is no status,
 * and a database that cannot be opened costs the statuses, not the run.
 */
class NightlyEditorialStatusTest {

    private static final Path SEEDS = Path.of("fixtures/aurus");

    @TempDir
    Path tmp;

    @Test
    void statusesComeFromTheReviewDatabaseAndADismissedConflictStaysDismissed() throws Exception {
        Path out = tmp.resolve("reports");
        CliRunner.Run first = NightlyRuns.nightly(SEEDS, out, "2026-11-22");
        assertEquals(0, first.code(), first.err());
        JsonNode before = NightlyRuns.report(out, "2026-11-22");
        List<String> ids = new ArrayList<>();
        before.get("conflicts").forEach(c -> ids.add(c.get("id").asText()));
        assertTrue(ids.size() >= 2, "the seed story has conflicts to decide on: " + ids);
        assertFalse(before.get("conflicts").get(0).has("status"), "no database, no status");

        String url = "jdbc:sqlite:" + out.resolve("review.db");
        Database db = Database.open(url);
        new Editors(db).add("alice", "alice-password".toCharArray());
        DecisionStore decisions = new DecisionStore(db);
        decisions.apply(new Decision(ids.get(0), "alice", Action.DISMISS, 0, DismissReason.SAME_FACT, null, null, null));
        decisions.apply(new Decision(ids.get(1), "alice", Action.CONFIRM, 0, null, null, null, null));

        CliRunner.Run second = NightlyRuns.nightly(SEEDS, out, "2026-11-23");
        assertEquals(0, second.code(), second.err());
        JsonNode after = NightlyRuns.report(out, "2026-11-23");
        assertEquals(ids.size(), after.get("conflicts").size(), "the dismissed conflict is still reported");
        for (JsonNode c : after.get("conflicts")) {
            String id = c.get("id").asText();
            String expected = id.equals(ids.get(0)) ? "dismissed" : id.equals(ids.get(1)) ? "confirmed" : "open";
            assertEquals(expected, c.get("status").asText(), id);
        }
        String html = NightlyRuns.text(out.resolve("2026-11-23").resolve("report.html"));
        assertTrue(html.matches("(?s).*<article class=\"conflict \\w+ dismissed\" id=\"" + ids.get(0) + "\".*"),
                "the dismissed conflict is greyed out");
        assertTrue(html.contains("<span class=\"badge status dismissed\">dismissed</span>"));
        assertTrue(html.contains("<select name=\"status\">"), "and can be filtered by status");
        String md = NightlyRuns.text(out.resolve("2026-11-23").resolve("report.md"));
        assertTrue(md.contains("Editors: 1 confirmed, 1 dismissed"), md);
    }

    @Test
    void aDatabaseThatCannotBeOpenedCostsTheStatusesNotTheRun() {
        Path out = tmp.resolve("reports");
        CliRunner.Run run = NightlyRuns.nightly(SEEDS, out, "2026-11-23", "--db", "jdbc:mysql://nowhere/db");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().contains("crosscheck: editorial statuses left out: unsupported database URL"), run.err());
        assertFalse(NightlyRuns.text(out.resolve("2026-11-23").resolve("report.json")).contains("\"status\""));
        assertFalse(Files.exists(out.resolve("review.db")), "no database is created where there was none");
    }
}
