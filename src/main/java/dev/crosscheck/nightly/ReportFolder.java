package dev.crosscheck.nightly;

import dev.crosscheck.report.JsonReports;
import dev.crosscheck.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The nightly output folder: {@code <out>/<date>/report.{json,html,md}}, one folder per day, the extraction
 * cache in {@code <out>/.cache/}, and the review database, when there is one, in {@code <out>/review.db}.
 */
public final class ReportFolder {

    public static final String JSON = "report.json";
    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";

    private final Path out;

    public ReportFolder(Path out) {
        this.out = out;
    }

    public Path root() {
        return out;
    }

    public Path day(LocalDate date) {
        return out.resolve(date.toString());
    }

    public Path json(LocalDate date) {
        return day(date).resolve(JSON);
    }

    public Path html(LocalDate date) {
        return day(date).resolve(HTML);
    }

    public Path markdown(LocalDate date) {
        return day(date).resolve(MARKDOWN);
    }

    public Path cache() {
        return out.resolve(".cache");
    }

    public Path reviewDatabase() {
        return out.resolve("review.db");
    }

    /** A previous report, and the name of its folder. */
    public record Previous(String label, Report report) {
    }

    /**
     * The report to compare a run of {@code date} with: that day's own report when the day was run before,
     * else the newest report of an earlier day. Empty when there is none.
     *
     * @throws IllegalArgumentException when that report exists but cannot be read, naming the file
     */
    public Optional<Previous> previous(LocalDate date) {
        Optional<LocalDate> day = Files.isRegularFile(json(date)) ? Optional.of(date)
                : days().stream().filter(d -> d.isBefore(date)).filter(d -> Files.isRegularFile(json(d)))
                        .max(Comparator.naturalOrder());
        if (day.isEmpty()) {
            return Optional.empty();
        }
        Path file = json(day.get());
        try {
            return Optional.of(new Previous(day.get().toString(), JsonReports.parse(Files.readString(file,
                    StandardCharsets.UTF_8))));
        } catch (IOException e) {
            throw new IllegalArgumentException(file + ": cannot read the previous report: " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes temporary files a killed run left in {@code date}'s folder (written beside a report, never
     * renamed over it); the reports themselves are untouched. Returns what was removed.
     */
    public List<Path> removeLeftovers(LocalDate date) {
        Path dir = day(date);
        List<Path> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                if (name.startsWith(".report.") && name.endsWith(".tmp") && Files.deleteIfExists(file)) {
                    removed.add(file);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + dir, e);
        }
        return removed;
    }

    private List<LocalDate> days() {
        if (!Files.isDirectory(out)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(out)) {
            List<LocalDate> days = new ArrayList<>();
            for (Path child : children.filter(Files::isDirectory).toList()) {
                try {
                    days.add(LocalDate.parse(child.getFileName().toString()));
                } catch (DateTimeParseException e) {
                    // not a day's folder (the cache, say)
                }
            }
            return days;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + out, e);
        }
    }
}
