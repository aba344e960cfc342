package dev.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.crosscheck.TestPipeline;
import dev.crosscheck.ingest.Article;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What an editor reads, on short stories run through the real pipeline and rules: a plain headline per conflict,
 * updates made only of the main event's figures with their timeline as a list, bounds read as bounds, sources
 * told apart, values and times as a reader expects them, each further sentence quoted once, and what the story's
 * other articles said on the point.
 */
class EditorialReportTest {

    private static final String SMUGGLERS_A = "Smugglers loaded the copper onto a 25-tonne truck at dawn. Police stopped "
            + "the 25-tonne truck near the bridge. Witnesses said the 25-tonne truck was painted blue. The 25-tonne "
            + "truck was later towed away.";
    private static final String SMUGGLERS_B = "Witnesses said the 19-ton truck was painted blue.";
    private static final String SMUGGLERS_C = "Officials said the truck weighed 25 tonnes.";

    private static final String FERRY_DAY_ONE = "At least 20 people were killed when a ferry capsized off the coast on "
            + "Sunday, officials said.\n\nEarlier disasters at sea:\n\nHarbour fire: 44 killed.\n\nThe fire spread "
            + "from a fuel store on the quay.\n\nRiver crossing: 12 killed.\n\nIn 2009, a similar capsizing killed 80 "
            + "people.\n\nA rescue boat was damaged.";
    private static final String FERRY_DAY_ONE_LATER = "Rescuers said at least 25 people were dead after the ferry "
            + "capsized off the coast on Sunday.";
    private static final String FERRY_DAY_THREE = "The death toll from the ferry that capsized off the coast on Sunday "
            + "rose to %d, officials said on Tuesday.";
    private static final String FERRY_LATE = "Rescuers pulled 14 survivors from the water.\n\nAt least 61 people "
            + "died when the ferry sank in the storm.\n\nOne person died when a barge hit a pier upriver, in stark "
            + "contrast with the ferry disaster.";

    private static Report report(Article... articles) {
        return ReportBuilder.build(TestPipeline.check(List.of(articles)), List.of(), "fp", 1, Instant.EPOCH);
    }

    private static Article article(String id, String outlet, String day, String text) {
        return TestPipeline.article(id, outlet, LocalDate.parse(day), text);
    }

    private static final String SAME_TRUCK = "Same subject, different values of a single-valued attribute across sources";

    private static Report smugglers() {
        return report(article("c3", "Freight Weekly", "2023-05-09", SMUGGLERS_A),
                article("d4", "Road Report", "2023-05-09", SMUGGLERS_B),
                article("e5", "Daily Post", "2023-05-10", SMUGGLERS_C));
    }

    private static Report ferry() {
        return report(article("a1", "Morning Wire", "2023-05-08", FERRY_DAY_ONE),
                article("a2", "Noon Wire", "2023-05-08", FERRY_DAY_ONE_LATER),
                article("b2", "Evening Wire", "2023-05-10", String.format(FERRY_DAY_THREE, 31)),
                article("c3", "Evening Wire", "2023-05-10", String.format(FERRY_DAY_THREE, 33)),
                article("d4", "Daily Post", "2023-05-10", FERRY_LATE));
    }

    private static Report.ConflictEntry byRule(Report report, String rule) {
        return report.conflicts().stream().filter(c -> c.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no '" + rule + "' in " + ConsoleSummary.render(report)));
    }

    @Test
    void everyConflictIsTitledInPlainWordsInEveryView() throws Exception {
        Report report = smugglers();
        // one truck, one weight: the single-valued rule leads the clash, the measuring rules follow it
        Report.ConflictEntry measured = byRule(report, SAME_TRUCK);
        assertEquals("Truck weight: 25-tonne (Freight Weekly) vs 19-ton (Road Report)", measured.headline());
        JsonNode json = new ObjectMapper().readTree(JsonReports.toJson(report));
        for (JsonNode c : json.get("conflicts")) {
            assertFalse(c.get("headline").asText().isBlank(), c.toString());
            assertTrue(c.has("subject") && c.has("attribute"), "contract fields stay: " + c);
        }
        String title = "Truck weight: 25-tonne (Freight Weekly) vs 19-ton (Road Report)";
        assertTrue(HtmlReport.render(report).contains("<h3>" + title + "</h3>"), "the page's title for it");
        assertTrue(MarkdownReport.render(report).contains("### HIGH: " + title + "\n"), MarkdownReport.render(report));
        assertTrue(ConsoleSummary.render(report).contains("[HIGH] " + title + "\n"), ConsoleSummary.render(report));
    }

    @Test
    void anUpdateTakesOnlyTheMainEventsFiguresAndListsThemInOrder() {
        Report report = ferry();
        Report.ConflictEntry update = byRule(report, "An evolving figure was updated between reports");
        List<String> values = update.timeline().stream().map(Report.EvidenceEntry::value).toList();
        assertEquals(List.of("At least 20", "at least 25", "31", "33", "At least 61"), values,
                "no list of past disasters (44, 12), no figure of another year (80), none of a smaller event (one)");
        assertEquals("People killed: at least 20 (Morning Wire, 2023-05-08) to at least 61 (Daily Post, 2023-05-10)",
                update.headline(), "the rule's own @headline");
        assertFalse(update.explanation().contains("→"), "the timeline is a list, not a run-on sentence");

        String html = HtmlReport.render(report);
        String timeline = html.substring(html.indexOf("<div class=\"extra timeline\">"));
        timeline = timeline.substring(0, timeline.indexOf("</ol>"));
        assertEquals(5, timeline.split("<li>", -1).length - 1, timeline);
        String md = MarkdownReport.render(report);
        assertTrue(md.contains("Timeline, every report in order:\n\n1. **Morning Wire**, 2023-05-08: "), md);
        assertEquals(5, md.split("\n1\\. ", -1).length - 1, md);
    }

    @Test
    void twoLowerBoundsThatCanBothBeTrueAreLow() {
        Report report = report(
                article("a1", "Harbour Gazette", "2023-05-08", "Customs officers seized at least four boats carrying "
                        + "stolen copper off the northern coast on Sunday, officials said."),
                article("b2", "Coastal Times", "2023-05-08", "Customs officers seized at least six boats carrying "
                        + "stolen copper off the northern coast on Sunday, officials said."));
        Report.ConflictEntry counts = byRule(report, "Same group, different counts across sources");
        assertEquals("LOW", counts.severity(), counts.explanation());
        assertTrue(counts.explanation().contains("The figures are bounds: at least four and at least six can both be "
                + "true, so severity is LOW rather than HIGH."), counts.explanation());
        assertEquals("Boats carrying: at least four (Harbour Gazette) vs at least six (Coastal Times)", counts.headline());
    }

    @Test
    void twoArticlesOfOneOutletAreNamedByArticleAndNotCalledTwoSources() {
        Report.ConflictEntry copy = byRule(ferry(), "Same sentence, a number changed");
        assertTrue(copy.explanation().contains("31 in Evening Wire, article b2 and 33 in Evening Wire, article c3"),
                copy.explanation());
        assertEquals("two articles of Evening Wire", copy.scopeLabel());
        assertTrue(copy.headline().endsWith("31 (Evening Wire, article b2) vs 33 (Evening Wire, article c3)"),
                copy.headline());
    }

    @Test
    void aTimeIsShownOnlyWhereTheSentenceNamesIt() {
        Report report = ferry();
        Report.ConflictEntry update = byRule(report, "An evolving figure was updated between reports");
        Report.EvidenceEntry stated = update.evidence().get(0);
        Report.EvidenceEntry inferred = update.evidence().get(1);
        assertEquals("2023-05-07", stated.statedTime(), "'on Sunday' names the day");
        assertEquals(null, inferred.statedTime(), "'died when the ferry sank' names none: " + inferred.time());
        String html = HtmlReport.render(report);
        assertTrue(html.contains("<span>about 2023-05-07</span>"), html);
        assertFalse(html.contains("<span>about " + inferred.time() + "</span>"), "no chip for an inferred time");
    }

    @Test
    void furtherSentencesOfOneClashAreQuotedEachOnceAndTheOtherArticlesSayTheirPiece() {
        Report.ConflictEntry measured = byRule(smugglers(), SAME_TRUCK);
        // the measuring rule's further sentences, whichever rule leads the clash
        List<Report.AlsoEntry> again = measured.also().stream()
                .filter(a -> a.rule().equals("Same thing measured differently across sources") && !a.evidence().isEmpty())
                .toList();
        assertEquals(1, again.size(), "one finding for the rule, not one per sentence: " + measured.also());
        List<Integer> sentences = again.get(0).evidence().stream().map(Report.EvidenceEntry::sentenceIndex).toList();
        assertEquals(sentences.stream().distinct().toList(), sentences, "each sentence once");
        assertFalse(sentences.isEmpty());
        assertTrue(measured.evidence().stream().noneMatch(e -> e.article().equals("c3")
                && sentences.contains(e.sentenceIndex())), "not the sentence the evidence already shows");
        assertTrue(again.get(0).evidence().stream().allMatch(e -> e.sentence().contains(e.quote())),
                "quoted, in their sentences");
        assertEquals(List.of("e5"), measured.others().stream().map(Report.EvidenceEntry::article).toList(),
                "what the third outlet said about the truck's weight");
        assertTrue(HtmlReport.render(smugglers()).contains("What the story's other articles said on this point"));
    }
}
