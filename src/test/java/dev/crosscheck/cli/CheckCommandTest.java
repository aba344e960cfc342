package dev.crosscheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The check command end to end, as a user runs it: exit codes, outputs, error messages. */
class CheckCommandTest {

    @TempDir
    Path tmp;

    static CliRunner.Run run(String... args) {
        return CliRunner.run(args);
    }

    @Test
    void checksTheSeedStoryAndWritesTheJsonReport() throws IOException {
        Path json = tmp.resolve("out.json");
        CliRunner.Run run = run("check", "fixtures/aurus", "--json", json.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("5 articles"), run.out());
        assertTrue(run.out().contains("\"two men, presumably translators\""), run.out());
        assertTrue(run.out().contains("\"one man, presumably a bodyguard\""), run.out());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        assertEquals("crosscheck.report/1", report.get("schema").asText());
        assertEquals(5, report.get("articles").size());
        assertTrue(report.get("rules").get("count").asInt() >= 4);
        for (JsonNode c : report.get("conflicts")) {
            for (String field : new String[] {"id", "rule", "category", "severity", "scope", "subject", "attribute",
                    "explanation", "evidence"}) {
                assertTrue(c.has(field), "conflict lacks " + field + ": " + c);
            }
        }
    }

    @Test
    void explainShowsTheRulesSourceAndTheFactsItMatched() {
        CliRunner.Run run = run("check", "fixtures/aurus", "--explain");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().matches("(?s).*Same group, different counts across sources  \\(rules/counts\\.dslr:\\d+\\).*"),
                run.out());
        assertTrue(run.out().contains("subject \"person · walk behind\", attribute \"count\", value \"two\""), run.out());
        assertTrue(run.out().contains("modality probable (\"presumably\")"), run.out());
        assertTrue(run.out().matches("(?s).*between a and b: contextOverlap 0\\.\\d\\d, sameTime true.*"), run.out());
        assertTrue(run.out().matches("(?s).*One subject, two values of a single-valued attribute in one article  \\(rules/single-valued\\.drl:\\d+\\).*"),
                run.out());
    }

    @Test
    void writesTheHtmlAndMarkdownReportsAsOneStory() throws IOException {
        Path html = tmp.resolve("out.html");
        Path md = tmp.resolve("out.md");
        CliRunner.Run run = run("check", "fixtures/aurus", "--html", html.toString(), "--md", md.toString());
        assertEquals(0, run.code(), run.err());
        String page = Files.readString(html);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertEquals(1, page.split("<section class=\"story", -1).length - 1, "one story section");
        assertTrue(page.contains("<mark>two men, presumably translators</mark>"), page);
        String markdown = Files.readString(md);
        assertTrue(markdown.matches("(?s)# \\d+ conflicts? \\(no previous report to compare with\\)\n.*"), markdown);
        assertTrue(markdown.contains("**two men, presumably translators**"), markdown);
    }

    @Test
    void aSummaryIsCheckedAgainstTheArticleItSummarisesAndAStraySummaryIsSaidToBeOne() throws IOException {
        Path feed = tmp.resolve("story.jsonl");
        String source = "{\"id\": \"port\", \"outlet\": \"Harbour Gazette\", \"published\": \"2024-05-02\", "
                + "\"text\": \"The port authority named Maria Delgado as its new harbour master on Thursday. Delgado spent "
                + "twelve years running the container terminal before the promotion.\"}";
        String summary = "{\"id\": \"brief\", \"outlet\": \"Digest\", \"published\": \"2024-05-02\", "
                + "\"summary_of\": \"%s\", \"text\": \"The port authority named Elena Varga as harbour master after "
                + "twelve years at the container terminal.\"}";
        Files.writeString(feed, source + "\n" + summary.formatted("port") + "\n");
        CliRunner.Run run = run("check", feed.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("A summary names what its source does not"), run.out());
        assertTrue(run.out().contains("Elena Varga"), run.out());

        Files.writeString(feed, source + "\n" + summary.formatted("harbour") + "\n");
        run = run("check", feed.toString());
        assertEquals(0, run.code(), run.err());
        assertFalse(run.out().contains("A summary names what its source does not"), run.out());
        assertTrue(run.err().contains("summary_of 'harbour' names no article read with it"), run.err());
    }

    @Test
    void aTextFileSaysItIsASummaryInAHeaderLineAndTheReportSaysSo() throws IOException {
        Path story = Files.createDirectories(tmp.resolve("story"));
        Files.writeString(story.resolve("port.txt"), "Harbour Gazette\n2024-05-02\n\nThe terminal handled 1.2 million"
                + " containers last year, the port authority said. The authority expects new cranes to raise that figure.\n");
        Files.writeString(story.resolve("brief.txt"), "Digest\n2024-05-02\nSummary of: port\n\nThe terminal handled 1.5"
                + " million containers last year and expects new cranes to raise that figure.\n");
        Path json = tmp.resolve("out.json");
        CliRunner.Run run = run("check", story.toString(), "--json", json.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("A summary gives a figure its source does not"), run.out());
        JsonNode report = new ObjectMapper().readTree(json.toFile());
        List<String> summaries = new java.util.ArrayList<>();
        report.get("articles").forEach(a -> summaries.add(a.get("id").asText() + " of " + a.get("summaryOf").asText()));
        assertTrue(summaries.contains("brief of port"), summaries.toString());
    }

    @Test
    void failOnHighExitsOneWhenAHighConflictIsFound() {
        assertEquals(1, run("check", "fixtures/aurus", "--fail-on", "high").code());
        assertEquals(0, run("check", "fixtures/aurus/000_0f308ab2149ba3ab.txt", "--fail-on", "low").code());
    }

    @Test
    void noReadableArticleIsBadUsage() throws IOException {
        Files.writeString(tmp.resolve("empty.txt"), "   \n\n");
        CliRunner.Run run = run("check", tmp.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("empty.txt"), run.err());
        assertTrue(run.err().contains("no article could be read"), run.err());
        assertEquals(2, run("check", tmp.resolve("missing.txt").toString()).code());
        assertEquals(2, run("check").code(), "no PATH at all");
        assertEquals(2, run("check", "fixtures/aurus", "--fail-on", "sometimes").code());
    }

    @Test
    void brokenRulesNameTheFileAndLineAndNothingRuns() throws IOException {
        Path rules = copyRules();
        Path drl = rules.resolve("dates.drl");
        Files.writeString(drl, Files.readString(drl).replace("attribute == \"date\" )", "atribute == \"date\" )"));
        Path json = tmp.resolve("never.json");
        CliRunner.Run run = run("check", "fixtures/aurus", "--rules", rules.toString(), "--json", json.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains(drl + ":"), run.err());
        assertTrue(run.err().matches("(?s).*dates\\.drl:\\d+: .*atribute.*"), run.err());
        assertFalse(Files.exists(json), "no report from broken rules");
        assertEquals("", run.out());
    }

    @Test
    void aBrokenKnowledgeFileNamesItsLine() throws IOException {
        Path rules = copyRules();
        Files.writeString(rules.resolve("knowledge/units.txt"), "[length]\n1: metre\nfive: furlong\n");
        CliRunner.Run run = run("check", "fixtures/aurus", "--rules", rules.toString());
        assertEquals(2, run.code());
        assertTrue(run.err().contains("units.txt:3: "), run.err());
        assertTrue(run.err().contains("five"), run.err());
    }

    private Path copyRules() throws IOException {
        return dev.crosscheck.TestPipeline.copyRules(tmp);
    }
}
