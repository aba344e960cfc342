package dev.crosscheck.nightly;

import dev.crosscheck.io.DurableFiles;
import dev.crosscheck.io.FileErrors;
import dev.crosscheck.report.JsonReports;
import dev.crosscheck.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The nightly output folder: {@code <out>/<date>/report.{json,html,md}}, one folder per day, the extraction
 * cache in {@code <out>/.cache/}, and the review database, when there is one, in {@code <out>/review.db}.
 *
 * <p>A day's three reports are replaced as one set. Each run writes its set into a new folder,
 * {@code <out>/.sets/<date>.<time>/}, forced to disk; then {@code <out>/<date>}, a symbolic link to the day's
 * set, is swapped to the new folder by one rename. Whoever opens the day sees the old set or the new one,
 * never a mix, and a run that fails or is killed before the rename leaves the old set as it was. A reader
 * that reads more than one file resolves the day once ({@link #current}) and reads all from there. The set
 * replaced is kept until the next run, for readers still in it.
 */
public final class ReportFolder {

    public static final String JSON = "report.json";
    public static final String HTML = "report.html";
    public static final String MARKDOWN = "report.md";
    /** Where the report sets are written before one of them becomes a day's. */
    static final String SETS = ".sets";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss.SSS").withZone(ZoneOffset.UTC);

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
            throw new IllegalArgumentException(file + ": cannot read the previous report: " + FileErrors.cause(e), e);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(file + ": " + e.getMessage(), e);
        }
    }

    /** The folder that holds the day's report set now; read every file of a set from here. */
    public Path current(LocalDate date) throws IOException {
        return day(date).toRealPath();
    }

    /**
     * Writes {@code files} (name to content) as the day's report set, replacing the previous set as one: see
     * the class comment. On failure nothing of the day changes and the exception names the path and the cause.
     */
    public void publish(LocalDate date, Map<String, String> files) throws IOException {
        Path sets = Files.createDirectories(out.resolve(SETS));
        Path set = newSet(sets, date);
        try {
            for (Map.Entry<String, String> file : files.entrySet()) {
                DurableFiles.write(Files.createFile(set.resolve(file.getKey())), file.getValue());
            }
            DurableFiles.syncFolder(set);
        } catch (IOException e) {
            deleteSet(set);
            throw e;
        }
        Path previous = swapTo(date, set);
        DurableFiles.syncFolder(out);
        removeSets(date, set, previous);
    }

    private Path newSet(Path sets, LocalDate date) throws IOException {
        String stamp = date + "." + STAMP.format(Instant.now());
        for (int n = 0; ; n++) {
            try {
                return Files.createDirectory(sets.resolve(n == 0 ? stamp : stamp + "-" + n));
            } catch (FileAlreadyExistsException taken) {
                // another run in the same millisecond
            }
        }
    }

    /** Points the day at {@code set} with one rename; returns the set it pointed at before, or null. */
    private Path swapTo(LocalDate date, Path set) throws IOException {
        Path day = day(date);
        Path previous = null;
        if (Files.isSymbolicLink(day)) {
            previous = day.resolveSibling(Files.readSymbolicLink(day)).normalize();
        } else if (Files.isDirectory(day)) {
            // A day written before report sets: its folder becomes a set. The day is missing for the moment
            // between the two renames, never mixed; removeLeftovers puts it back if a run dies right there.
            previous = set.resolveSibling(date + ".before-sets");
            Files.move(day, previous, StandardCopyOption.ATOMIC_MOVE);
        }
        Path link = out.resolve("." + date + ".link-" + set.getFileName());
        try {
            Files.createSymbolicLink(link, out.relativize(set));
            Files.move(link, day, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(link);
            deleteSet(set);
            if (previous != null && !Files.exists(day, LinkOption.NOFOLLOW_LINKS) && previous.endsWith(date + ".before-sets")) {
                Files.move(previous, day, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        return previous;
    }

    /**
     * Removes what a killed run left: report sets of {@code date} that the day does not point at (and, from
     * before report sets, temporary files in the day's folder), and a half-made link. A day whose folder was
     * moved aside just before a kill gets it back. The reports themselves are untouched. Returns what was removed.
     */
    public List<Path> removeLeftovers(LocalDate date) {
        List<Path> removed = new ArrayList<>();
        try {
            Path day = day(date);
            Path aside = out.resolve(SETS).resolve(date + ".before-sets");
            if (!Files.exists(day, LinkOption.NOFOLLOW_LINKS) && Files.isDirectory(aside)) {
                Files.move(aside, day, StandardCopyOption.ATOMIC_MOVE);
            }
            if (Files.isDirectory(out)) {
                try (Stream<Path> links = Files.list(out)) {
                    for (Path link : links.filter(p -> p.getFileName().toString().startsWith("." + date + ".link-")).toList()) {
                        Files.deleteIfExists(link);
                        removed.add(link);
                    }
                }
            }
            Path current = Files.isSymbolicLink(day) ? current(date) : null;
            removed.addAll(removeSets(date, current, null));
            if (Files.isDirectory(day) && !Files.isSymbolicLink(day)) {
                try (Stream<Path> files = Files.list(day)) {
                    for (Path file : files.sorted().toList()) {
                        String name = file.getFileName().toString();
                        if (name.startsWith(".report.") && name.endsWith(".tmp") && Files.deleteIfExists(file)) {
                            removed.add(file);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot clean " + day(date) + ": " + FileErrors.describe(e), e);
        }
        return removed;
    }

    /** Deletes the day's sets but {@code keep} and {@code alsoKeep} (either may be null); returns them. */
    private List<Path> removeSets(LocalDate date, Path keep, Path alsoKeep) throws IOException {
        Path sets = out.resolve(SETS);
        if (!Files.isDirectory(sets)) {
            return List.of();
        }
        List<Path> removed = new ArrayList<>();
        try (Stream<Path> children = Files.list(sets)) {
            for (Path set : children.sorted().toList()) {
                if (set.getFileName().toString().startsWith(date + ".") && !sameFile(set, keep) && !sameFile(set, alsoKeep)) {
                    deleteSet(set);
                    removed.add(set);
                }
            }
        }
        return removed;
    }

    private static boolean sameFile(Path a, Path b) throws IOException {
        return b != null && Files.exists(b) && Files.isSameFile(a, b);
    }

    private static void deleteSet(Path set) throws IOException {
        if (!Files.isDirectory(set, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> files = Files.list(set)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
        }
        Files.deleteIfExists(set);
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
