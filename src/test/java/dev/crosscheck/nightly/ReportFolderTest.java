package dev.crosscheck.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.review.TestReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which report a run compares with, and what a killed run leaves behind. */
class ReportFolderTest {

    @TempDir
    Path out;

    @Test
    void thePreviousReportIsTheSameDaysWhenThereIsOneElseTheNewestEarlierOne() throws IOException {
        ReportFolder folder = new ReportFolder(out);
        assertTrue(folder.previous(LocalDate.parse("2026-11-22")).isEmpty(), "an empty folder has none");
        TestReports.write(out, "2026-11-19", TestReports.nightOne());
        TestReports.write(out, "2026-11-20", TestReports.nightTwo());
        TestReports.write(out, "2026-11-25", TestReports.nightOne());
        Files.createDirectories(out.resolve("2026-11-21"));           // a day whose run never finished
        Files.createDirectories(out.resolve(".cache"));
        Files.createDirectories(out.resolve("not-a-date"));

        assertEquals("2026-11-20", folder.previous(LocalDate.parse("2026-11-22")).orElseThrow().label());
        assertEquals(TestReports.nightTwo(), folder.previous(LocalDate.parse("2026-11-22")).orElseThrow().report());
        assertEquals("2026-11-20", folder.previous(LocalDate.parse("2026-11-20")).orElseThrow().label(),
                "a second run of a day compares with that day's first");
        assertTrue(folder.previous(LocalDate.parse("2026-11-18")).isEmpty(), "later days are not previous");
    }

    @Test
    void anUnreadablePreviousReportIsNamed() throws IOException {
        Path file = out.resolve("2026-11-20").resolve("report.json");
        Files.createDirectories(file.getParent());
        Files.writeString(file, "{ not json");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new ReportFolder(out).previous(LocalDate.parse("2026-11-21")));
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    }

    @Test
    void leftoverTemporaryFilesGoAndTheReportsStay() throws IOException {
        Path day = out.resolve("2026-11-20");
        Path report = TestReports.write(out, "2026-11-20", TestReports.nightOne());
        Path leftover = Files.writeString(day.resolve(".report.json123456.tmp"), "{ half a rep");
        Path other = Files.writeString(day.resolve("notes.txt"), "mine");

        List<Path> removed = new ReportFolder(out).removeLeftovers(LocalDate.parse("2026-11-20"));

        assertEquals(List.of(leftover), removed);
        assertTrue(Files.exists(report));
        assertTrue(Files.exists(other));
    }
}
