package dev.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestPipeline;
import dev.crosscheck.check.StoryResult;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.Ingested;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The JSON report keeps the DESIGN.md contract: exact quotes and spans, stable ids, stable bytes. */
class ReportContractTest {

    private static Report run(Instant when) {
        Ingested ingested = TestPipeline.read(Path.of("fixtures/aurus"));
        StoryResult result = TestPipeline.check(ingested.articles());
        return ReportBuilder.build(result, ingested.skipped(), "fp", 3, when);
    }

    @Test
    void everyQuoteIsTheBodyTextBetweenStartAndEnd() {
        Ingested ingested = TestPipeline.read(Path.of("fixtures/aurus"));
        Map<String, Article> articles = ingested.articles().stream()
                .collect(Collectors.toMap(Article::id, Function.identity()));
        StoryResult result = TestPipeline.check(ingested.articles());
        int checked = 0;
        for (Extracted e : result.articles()) {
            for (Assertion a : e.assertions()) {
                String body = articles.get(a.article()).body();
                assertEquals(a.quote(), body.substring(a.at().start(), a.at().end()), a.id());
                assertEquals(a.at().sentence(), body.substring(a.at().sentenceStart(),
                        a.at().sentenceStart() + a.at().sentence().length()), a.id());
                checked++;
            }
        }
        assertTrue(checked > 30, "only " + checked + " assertions read from the seeds");
        Report report = ReportBuilder.build(result, ingested.skipped(), "fp", 3, Instant.EPOCH);
        assertFalse(report.conflicts().isEmpty());
        for (Report.ConflictEntry c : report.conflicts()) {
            for (Report.EvidenceEntry ev : c.evidence()) {
                String body = articles.get(ev.article()).body();
                assertEquals(ev.quote(), body.substring(ev.start(), ev.end()));
                assertTrue(ev.sentence().contains(ev.quote()));
            }
        }
    }

    @Test
    void theSameInputGivesTheSameBytesApartFromGenerated() {
        String first = JsonReports.toJson(run(Instant.parse("2026-01-01T00:00:00Z")));
        String second = JsonReports.toJson(run(Instant.parse("2026-01-02T00:00:00Z")));
        assertFalse(first.equals(second), "generated differs");
        assertEquals(first.replaceAll("\"generated\" : \"[^\"]+\"", ""),
                second.replaceAll("\"generated\" : \"[^\"]+\"", ""));
    }

    @Test
    void reportRoundTripsThroughJson() {
        Report report = run(Instant.EPOCH);
        Report back = JsonReports.parse(JsonReports.toJson(report));
        assertEquals(report, back);
        assertEquals("crosscheck.report/1", back.schema());
    }
}
