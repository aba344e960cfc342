package dev.crosscheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.crosscheck.review.TestReports;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** New, found again and gone, by stable conflict id. */
class ReportChangesTest {

    @Test
    void aConflictFoundAgainIsOpenOneWithNewEvidenceIsNewAndTheOldOneIsGone() {
        Report before = TestReports.nightOne();   // COUNT, ENGINE, DATE
        Report now = TestReports.nightTwo();      // COUNT, ENGINE_CHANGED, DATE

        Report compared = ReportChanges.compare(now, before, "2026-11-20");

        Map<String, String> change = compared.conflicts().stream()
                .collect(Collectors.toMap(Report.ConflictEntry::id, Report.ConflictEntry::change));
        assertEquals(Map.of(TestReports.COUNT, "open", TestReports.DATE, "open", TestReports.ENGINE_CHANGED, "new"), change);
        assertEquals(new Report.ChangesEntry("2026-11-20", 1, 2, 1), compared.changes());
        assertEquals(List.of(TestReports.ENGINE), compared.gone().stream().map(Report.GoneEntry::id).toList());
        Report.GoneEntry gone = compared.gone().get(0);
        assertEquals(TestReports.ENGINE_RULE, gone.rule());
        assertEquals("story-limo", gone.story());
        assertEquals("HIGH", gone.severity());
    }

    @Test
    void theSameReportTwiceHasNothingNewAndNothingGone() {
        Report night = TestReports.nightOne();
        Report compared = ReportChanges.compare(night, night, "2026-11-20");
        assertEquals(new Report.ChangesEntry("2026-11-20", 0, 3, 0), compared.changes());
        assertEquals(List.of(), compared.gone());
        assertNull(night.conflicts().get(0).change(), "the input is left as it was");
    }

    @Test
    void changesSurviveTheJsonRoundTripWithNewSpelledAsInTheContract() {
        Report compared = ReportChanges.compare(TestReports.nightTwo(), TestReports.nightOne(), "2026-11-20");
        String json = JsonReports.toJson(compared);
        assertEquals(compared, JsonReports.parse(json));
        assertEquals(true, json.contains("\"new\" : 1"), json.substring(json.indexOf("\"changes\"")));
    }
}
