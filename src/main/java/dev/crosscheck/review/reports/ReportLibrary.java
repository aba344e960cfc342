package dev.crosscheck.review.reports;

import dev.crosscheck.report.JsonReports;
import dev.crosscheck.report.Report;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The reports the review app shows: every {@code <folder>/*}{@code /report.json} (nightly runs) and every
 * {@code <folder>/*.json} (single {@code check --json} reports), or one report file. Files are read again
 * only when they change, so a server left running picks up each night's report. A conflict found in
 * several reports is shown as the newest report has it.
 */
public final class ReportLibrary {

    private final Path location;
    private List<FileStamp> lastStamps = List.of();
    private Snapshot last = new Snapshot(List.of(), Map.of(), List.of(), List.of());

    public ReportLibrary(Path location) {
        this.location = location;
    }

    /** What the library holds now: conflicts (deduplicated by id), reports read, and files it could not read. */
    public record Snapshot(List<ReviewItem> items, Map<String, ReviewItem> byId, List<String> reports,
                           List<String> problems) {
    }

    private record FileStamp(Path path, long modified, long size) {
    }

    private record Loaded(String label, Report report) {
    }

    public Path location() {
        return location;
    }

    public synchronized Snapshot snapshot() {
        List<Path> files = reportFiles();
        List<FileStamp> stamps = files.stream().map(ReportLibrary::stamp).filter(Objects::nonNull).toList();
        if (!stamps.equals(lastStamps)) {
            last = load(files);
            lastStamps = stamps;
        }
        return last;
    }

    private Snapshot load(List<Path> files) {
        List<Loaded> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            String label = label(file);
            try {
                Report report = JsonReports.parse(Files.readString(file, StandardCharsets.UTF_8));
                if (!Report.SCHEMA.equals(report.schema())) {
                    problems.add(label + ": not a " + Report.SCHEMA + " report");
                } else {
                    reports.add(new Loaded(label, report));
                }
            } catch (IOException | IllegalArgumentException | java.io.UncheckedIOException e) {
                problems.add(label + ": " + e.getMessage());
            }
        }
        reports.sort(Comparator.comparing((Loaded l) -> Objects.toString(l.report().generated(), ""))
                .thenComparing(Loaded::label));
        Map<String, ReviewItem> byId = new LinkedHashMap<>();
        Map<String, List<String>> seenIn = new HashMap<>();
        for (Loaded loaded : reports) {
            for (ReviewItem item : items(loaded)) {
                seenIn.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(loaded.label());
                byId.remove(item.id());
                byId.put(item.id(), item);
            }
        }
        List<ReviewItem> items = byId.values().stream()
                .map(i -> withSeenIn(i, seenIn.get(i.id())))
                .toList();
        Map<String, ReviewItem> index = new LinkedHashMap<>();
        items.forEach(i -> index.put(i.id(), i));
        return new Snapshot(items, index, reports.stream().map(Loaded::label).toList(), problems);
    }

    private static List<ReviewItem> items(Loaded loaded) {
        Report report = loaded.report();
        Map<String, Report.ArticleEntry> articles = new HashMap<>();
        if (report.articles() != null) {
            report.articles().forEach(a -> articles.put(a.id(), a));
        }
        Map<String, Report.StoryEntry> stories = new HashMap<>();
        Map<String, Report.StoryEntry> storyOfConflict = new HashMap<>();
        if (report.stories() != null) {
            for (Report.StoryEntry s : report.stories()) {
                stories.put(s.id(), s);
                if (s.conflicts() != null) {
                    s.conflicts().forEach(c -> storyOfConflict.put(c, s));
                }
            }
        }
        List<ReviewItem> items = new ArrayList<>();
        if (report.conflicts() == null) {
            return items;
        }
        for (Report.ConflictEntry c : report.conflicts()) {
            if (c.id() == null) {
                continue;
            }
            Report.StoryEntry story = c.story() != null ? stories.get(c.story()) : storyOfConflict.get(c.id());
            String storyId = c.story() != null ? c.story() : story == null ? null : story.id();
            List<Side> sides = c.evidence() == null ? List.of()
                    : c.evidence().stream().map(e -> side(e, articles.get(e.article()))).toList();
            List<String> outlets = sides.stream().map(Side::outlet).filter(Objects::nonNull).distinct().toList();
            String date = sides.stream().map(Side::published).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            items.add(new ReviewItem(c.id(), c.severity(), c.category(), c.rule(), c.scope(), c.subject(),
                    c.attribute(), c.explanation(), c.description(), c.also() == null ? List.of() : c.also(),
                    storyId, story == null ? null : story.title(), sides, outlets, date, loaded.label(), List.of()));
        }
        return items;
    }

    private static Side side(Report.EvidenceEntry e, Report.ArticleEntry article) {
        String outlet = e.outlet() != null ? e.outlet() : article == null ? null : article.outlet();
        String published = e.published() != null ? e.published() : article == null ? null : article.published();
        Passage sentence = Passage.inSentence(e.sentence(), e.quote(), sentenceOffset(e));
        Passage paragraph = Passage.inParagraph(e.paragraph(), e.sentence(), e.quote(), e.start() - e.paragraphStart());
        return new Side(e.article(), outlet, article == null ? null : article.title(),
                article == null ? null : webUrl(article.url()), published, e.quote(), e.value(), e.modality(),
                e.cue(), e.source(), e.time(), sentence, paragraph);
    }

    /** The quote's offset in its sentence, from body offsets when the paragraph shows where the sentence is. */
    private static int sentenceOffset(Report.EvidenceEntry e) {
        if (e.paragraph() == null || e.sentence() == null) {
            return -1;
        }
        int inParagraph = e.start() - e.paragraphStart();
        int sentenceAt = e.paragraph().indexOf(e.sentence());
        return sentenceAt < 0 ? -1 : inParagraph - sentenceAt;
    }

    /** Article URLs are untrusted: only http(s) URLs become links, so no {@code javascript:} link is ever made. */
    static String webUrl(String url) {
        if (url == null) {
            return null;
        }
        try {
            URI uri = new URI(url.strip());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return (scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null ? uri.toString() : null;
        } catch (java.net.URISyntaxException e) {
            return null;
        }
    }

    private static ReviewItem withSeenIn(ReviewItem i, List<String> seenIn) {
        List<String> distinct = List.copyOf(new LinkedHashSet<>(seenIn));
        return new ReviewItem(i.id(), i.severity(), i.category(), i.rule(), i.scope(), i.subject(), i.attribute(),
                i.explanation(), i.description(), i.also(), i.storyId(), i.storyTitle(), i.sides(), i.outlets(),
                i.date(), i.report(), distinct);
    }

    private List<Path> reportFiles() {
        if (Files.isRegularFile(location)) {
            return List.of(location);
        }
        if (!Files.isDirectory(location)) {
            return List.of();
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(location)) {
            for (Path child : children.sorted().toList()) {
                if (Files.isDirectory(child) && Files.isRegularFile(child.resolve("report.json"))) {
                    files.add(child.resolve("report.json"));
                } else if (Files.isRegularFile(child) && child.getFileName().toString().endsWith(".json")) {
                    files.add(child);
                }
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("cannot list reports in " + location, e);
        }
        return files;
    }

    private static String label(Path file) {
        String name = file.getFileName().toString();
        return name.equals("report.json") && file.getParent() != null
                ? file.getParent().getFileName().toString() : name;
    }

    private static FileStamp stamp(Path file) {
        try {
            return new FileStamp(file, Files.getLastModifiedTime(file).toMillis(), Files.size(file));
        } catch (IOException e) {
            return null;
        }
    }
}
