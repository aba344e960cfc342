package dev.crosscheck.review.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.report.JsonReports;
import dev.crosscheck.review.TestReports;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading the reports folder: nightly folders and single files, the newest version of each conflict. */
class ReportLibraryTest {

    @TempDir
    Path reports;

    @Test
    void readsNightlyFoldersAndSingleReportFilesAndListsWhatItCannotRead() throws Exception {
        TestReports.write(reports, "2026-11-20", TestReports.nightOne());
        Files.writeString(reports.resolve("hostile.json"), JsonReports.toJson(TestReports.hostile()));
        Files.writeString(reports.resolve("broken.json"), "{ not json");
        Files.writeString(reports.resolve("review.db"), "not a report, ignored");

        ReportLibrary.Snapshot s = new ReportLibrary(reports).snapshot();
        assertEquals(List.of("2026-11-20", "hostile.json"), s.reports());
        assertEquals(4, s.items().size());
        assertEquals(1, s.problems().size());
        assertTrue(s.problems().get(0).startsWith("broken.json: not a crosscheck report"), s.problems().get(0));
    }

    @Test
    void aConflictInSeveralReportsIsShownAsTheNewestHasItWithEveryReportItWasSeenIn() throws Exception {
        ReportLibrary library = new ReportLibrary(reports);
        TestReports.write(reports, "2026-11-20", TestReports.nightOne());
        assertEquals(List.of("2026-11-20"), library.snapshot().byId().get(TestReports.COUNT).seenIn());

        TestReports.write(reports, "2026-11-21", TestReports.nightTwo());
        ReportLibrary.Snapshot s = library.snapshot();
        ReviewItem count = s.byId().get(TestReports.COUNT);
        assertEquals("2026-11-21", count.report());
        assertEquals(List.of("2026-11-20", "2026-11-21"), count.seenIn());
        assertEquals(4, s.items().size(), "COUNT, ENGINE, ENGINE_CHANGED and DATE, each once");
    }

    @Test
    void storiesOutletsDatesAndSafeLinksComeFromTheReport() throws Exception {
        TestReports.write(reports, "2026-11-20", TestReports.nightOne());
        Files.writeString(reports.resolve("hostile.json"), JsonReports.toJson(TestReports.hostile()));
        ReportLibrary.Snapshot s = new ReportLibrary(reports).snapshot();

        ReviewItem count = s.byId().get(TestReports.COUNT);
        assertEquals("story-limo", count.storyId());
        assertEquals("Putin and Kim take turns driving a limousine", count.storyTitle());
        assertEquals(List.of("Reuters", "Daily Planet"), count.outlets());
        assertEquals("2024-06-21", count.date());
        assertEquals("https://www.reuters.com/world/putin-kim-limousine", count.sides().get(0).url());
        assertEquals("two men, presumably translators", count.sides().get(0).sentence().quote());

        ReviewItem hostile = s.byId().get(TestReports.HOSTILE);
        assertNull(hostile.storyId());
        assertNull(hostile.sides().get(0).url(), "javascript: URLs are dropped");
    }

    @Test
    void onlyHttpAndHttpsUrlsBecomeLinks() {
        assertEquals("https://a.example/x?y=1", ReportLibrary.webUrl("https://a.example/x?y=1"));
        assertEquals("http://a.example/", ReportLibrary.webUrl("http://a.example/"));
        assertNull(ReportLibrary.webUrl("javascript:alert(1)"));
        assertNull(ReportLibrary.webUrl("JAVASCRIPT:alert(1)"));
        assertNull(ReportLibrary.webUrl("data:text/html,<script>alert(1)</script>"));
        assertNull(ReportLibrary.webUrl("//a.example/no-scheme"));
        assertNull(ReportLibrary.webUrl("not a url"));
    }
}
