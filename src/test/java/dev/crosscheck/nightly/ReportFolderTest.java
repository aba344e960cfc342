package dev.crosscheck.nightly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.review.TestReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
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

    private static Map<String, String> set(String marker) {
        return Map.of(ReportFolder.JSON, "{\"run\": \"" + marker + "\"}\n", ReportFolder.HTML, "<p>" + marker + "</p>\n",
                ReportFolder.MARKDOWN, "# " + marker + "\n");
    }

    private static List<String> sets(Path out) throws IOException {
        try (var children = Files.list(out.resolve(ReportFolder.SETS))) {
            return children.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aDaysThreeReportsAreReplacedAsOneSetAndTheSetBeforeIsKeptForReaders() throws IOException {
        ReportFolder folder = new ReportFolder(out);
        LocalDate day = LocalDate.parse("2026-11-24");
        folder.publish(day, set("one"));
        Path first = folder.current(day);
        folder.publish(day, set("two"));

        assertTrue(Files.isSymbolicLink(folder.day(day)));
        assertEquals("{\"run\": \"two\"}\n", Files.readString(folder.json(day)));
        assertEquals("# two\n", Files.readString(folder.markdown(day)));
        assertEquals("<p>one</p>\n", Files.readString(first.resolve(ReportFolder.HTML)), "the set before stays whole");
        assertEquals(2, sets(out).size());
        folder.publish(day, set("three"));
        assertEquals(2, sets(out).size(), "older sets go");
        assertFalse(Files.exists(first));
        assertEquals(List.of(LocalDate.parse("2026-11-24").toString()), List.of(folder.previous(day).orElseThrow().label()));
    }

    @Test
    void aDayWrittenBeforeReportSetsIsReplacedWholeToo() throws IOException {
        TestReports.write(out, "2026-11-20", TestReports.nightOne());
        Files.writeString(out.resolve("2026-11-20").resolve(ReportFolder.HTML), "old page");
        ReportFolder folder = new ReportFolder(out);
        folder.publish(LocalDate.parse("2026-11-20"), set("new"));
        Path day = folder.day(LocalDate.parse("2026-11-20"));
        assertEquals("<p>new</p>\n", Files.readString(day.resolve(ReportFolder.HTML)));
        assertEquals("{\"run\": \"new\"}\n", Files.readString(day.resolve(ReportFolder.JSON)));
        assertEquals(List.of(ReportFolder.HTML, ReportFolder.JSON, ReportFolder.MARKDOWN), names(day));
    }

    @Test
    void aPublishThatFailsChangesNothingAndLeavesNoTrace() throws IOException {
        ReportFolder folder = new ReportFolder(out);
        LocalDate day = LocalDate.parse("2026-11-24");
        folder.publish(day, set("one"));
        Map<String, String> broken = new java.util.TreeMap<>(set("two"));
        broken.put("no-such-folder/report.txt", "cannot be written"); // fails after other files were written
        assertThrows(IOException.class, () -> folder.publish(day, broken));
        assertEquals("{\"run\": \"one\"}\n", Files.readString(folder.json(day)));
        assertEquals(1, sets(out).size(), "the half-written set is gone");
    }

    @Test
    void aReaderNeverSeesTwoRunsMixed() throws Exception {
        ReportFolder folder = new ReportFolder(out);
        LocalDate day = LocalDate.parse("2026-11-24");
        folder.publish(day, set("run-0"));
        AtomicBoolean done = new AtomicBoolean();
        AtomicInteger reads = new AtomicInteger();
        Thread reader = new Thread(() -> {
            while (!done.get()) {
                try {
                    Path set = folder.current(day);
                    String json = Files.readString(set.resolve(ReportFolder.JSON));
                    String html = Files.readString(set.resolve(ReportFolder.HTML));
                    String md = Files.readString(set.resolve(ReportFolder.MARKDOWN));
                    String marker = json.replaceAll(".*\"(run-\\d+)\".*\\s*", "$1");
                    assertEquals("<p>" + marker + "</p>\n", html);
                    assertEquals("# " + marker + "\n", md);
                    reads.incrementAndGet();
                } catch (java.nio.file.NoSuchFileException overtaken) {
                    // two sets were published while this reader was in one: it reads the day again
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
        });
        List<Throwable> failures = new java.util.concurrent.CopyOnWriteArrayList<>();
        reader.setUncaughtExceptionHandler((t, e) -> failures.add(e));
        reader.start();
        for (int i = 1; i <= 200; i++) {
            folder.publish(day, set("run-" + i));
        }
        done.set(true);
        reader.join();
        assertEquals(List.of(), failures);
        assertTrue(reads.get() > 0);
    }

    @Test
    void whatAKilledPublishLeftIsRemovedAndTheDayStays() throws IOException {
        ReportFolder folder = new ReportFolder(out);
        LocalDate day = LocalDate.parse("2026-11-24");
        folder.publish(day, set("one"));
        Path half = Files.createDirectories(out.resolve(ReportFolder.SETS).resolve("2026-11-24.20261124T030000.000"));
        Files.writeString(half.resolve(ReportFolder.JSON), "{ half");
        Path link = Files.createSymbolicLink(out.resolve(".2026-11-24.link-x"), half);
        Path other = Files.createDirectories(out.resolve(ReportFolder.SETS).resolve("2026-11-25.20261125T030000.000"));

        List<Path> removed = folder.removeLeftovers(day);

        assertEquals(List.of(link, half), removed);
        assertEquals("{\"run\": \"one\"}\n", Files.readString(folder.json(day)));
        assertTrue(Files.exists(other), "another day's set is not touched");
    }

    private static List<String> names(Path dir) throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
