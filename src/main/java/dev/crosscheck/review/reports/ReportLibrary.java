package dev.crosscheck.review.reports;

import dev.crosscheck.report.JsonReports;
import dev.crosscheck.io.FileErrors;
import dev.crosscheck.report.Report;
import dev.crosscheck.text.Invisibles;
import java.io.UncheckedIOException;
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
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The reports the review app shows: every {@code <folder>/*}{@code /report.json} (nightly runs) and every
 * {@code <folder>/*.json} (single {@code check --json} reports), or one report file. Files are read again
 * only when they change, so a server left running picks up each night's report. A conflict found in
 * several reports is shown as the newest report has it.
 */
public final class ReportLibrary {

    /** A report file past this is not one the nightly wrote; reading it could exhaust the server's memory. */
    static final long MAX_REPORT_BYTES = 256L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger("dev.crosscheck.review");

    private final Path location;
    private Listing lastListing = new Listing(List.of(), List.of());
    private List<FileStamp> lastStamps = List.of();
    private Snapshot last = new Snapshot(List.of(), Map.of(), List.of(), List.of());

    public ReportLibrary(Path location) {
        this.location = location;
    }

    /** What the library holds now: conflicts (deduplicated by id), reports read, and files it could not read. */
    public record Snapshot(List<ReviewItem> items, Map<String, ReviewItem> byId, List<String> reports,
                           List<String> problems) {
    }

    /** The report files found, and why the folder could not be listed (if so). */
    private record Listing(List<Path> files, List<String> problems) {
    }

    private record FileStamp(Path path, long modified, long size) {
    }

    private record Loaded(String label, Report report, List<ReviewItem> items) {
    }

    public Path location() {
        return location;
    }

    public synchronized Snapshot snapshot() {
        Listing listing = reportFiles();
        List<FileStamp> stamps = listing.files().stream().map(ReportLibrary::stamp).filter(Objects::nonNull).toList();
        if (!stamps.equals(lastStamps) || !listing.problems().equals(lastListing.problems())) {
            last = load(listing);
            lastStamps = stamps;
            lastListing = listing;
        }
        return last;
    }

    private Snapshot load(Listing listing) {
        List<Loaded> reports = new ArrayList<>();
        List<String> problems = new ArrayList<>(listing.problems());
        for (Path file : listing.files()) {
            String label = label(file);
            try {
                Report report = read(file);
                reports.add(new Loaded(label, report, items(label, report)));
            } catch (IOException e) {
                problems.add(label + ": cannot read: " + FileErrors.cause(e));
            } catch (IllegalArgumentException | UncheckedIOException e) {
                problems.add(label + ": " + e.getMessage());
            } catch (RuntimeException e) {
                // A report this code cannot show is one problem on the page, never every page failing.
                LOG.error("report " + file + " cannot be shown", e);
                problems.add(label + ": cannot be shown (the server's log says why)");
            }
        }
        reports.sort(Comparator.comparing((Loaded l) -> Objects.toString(l.report().generated(), ""))
                .thenComparing(Loaded::label));
        Map<String, ReviewItem> byId = new LinkedHashMap<>();
        Map<String, List<String>> seenIn = new HashMap<>();
        for (Loaded loaded : reports) {
            for (ReviewItem item : loaded.items()) {
                seenIn.computeIfAbsent(item.id(), k -> new ArrayList<>()).add(loaded.label());
                byId.remove(item.id());
                byId.put(item.id(), item);
            }
        }
        List<ReviewItem> items = byId.values().stream()
                .map(i -> i.seenIn(List.copyOf(new LinkedHashSet<>(seenIn.get(i.id())))))
                .toList();
        Map<String, ReviewItem> index = new LinkedHashMap<>();
        items.forEach(i -> index.put(i.id(), i));
        return new Snapshot(items, index, reports.stream().map(Loaded::label).toList(), problems);
    }

    private static Report read(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_REPORT_BYTES) {
            throw new IllegalArgumentException(String.format(Locale.ROOT, "too large to show: %.0f MB (limit %d MB)",
                    size / 1048576.0, MAX_REPORT_BYTES / 1048576));
        }
        Report report = JsonReports.parse(Files.readString(file, StandardCharsets.UTF_8));
        ReportShape.check(report);
        return report;
    }

    private static List<ReviewItem> items(String label, Report report) {
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
            List<Side> sides = sides(c.evidence(), articles);
            List<String> outlets = sides.stream().map(Side::outlet).filter(Objects::nonNull).distinct().toList();
            String date = sides.stream().map(Side::published).filter(Objects::nonNull)
                    .max(Comparator.naturalOrder()).orElse(null);
            List<ReviewItem.Also> also = c.also() == null ? List.of() : c.also().stream()
                    .map(a -> new ReviewItem.Also(a.rule(), a.explanation(), sides(a.evidence(), articles)))
                    .toList();
            items.add(new ReviewItem(c.id(), c.severity(), c.category(), c.rule(), c.scope(), c.subject(),
                    c.attribute(), c.explanation(), c.description(), also,
                    storyId, story == null ? null : Invisibles.strip(story.title()), sides, outlets, date, label,
                    List.of(), Invisibles.strip(c.title()), c.scopeLabel(), sides(c.timeline(), articles),
                    sides(c.others(), articles)));
        }
        return items;
    }

    private static List<Side> sides(List<Report.EvidenceEntry> evidence, Map<String, Report.ArticleEntry> articles) {
        return evidence == null ? List.of() : evidence.stream().map(e -> side(e, articles.get(e.article()))).toList();
    }

    private static Side side(Report.EvidenceEntry e, Report.ArticleEntry article) {
        String outlet = Invisibles.strip(e.outlet() != null ? e.outlet() : article == null ? null : article.outlet());
        String published = e.published() != null ? e.published() : article == null ? null : article.published();
        Passage sentence = Passage.inSentence(e.sentence(), e.quote(), sentenceOffset(e));
        Passage paragraph = Passage.inParagraph(e.paragraph(), e.sentence(), e.quote(), e.start() - e.paragraphStart());
        return new Side(e.article(), outlet, article == null ? null : Invisibles.strip(article.title()),
                article == null ? null : webUrl(article.url()), published, e.quote(), e.value(), e.modality(),
                e.cue(), e.source(), e.statedTime(), sentence, paragraph, e.sentenceIndex() + 1);
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

    private Listing reportFiles() {
        if (Files.isRegularFile(location)) {
            return new Listing(List.of(location), List.of());
        }
        if (!Files.isDirectory(location)) {
            return new Listing(List.of(), List.of());
        }
        List<Path> files = new ArrayList<>();
        try (Stream<Path> children = Files.list(location)) {
            for (Path child : children.sorted().toList()) {
                if (child.getFileName().toString().startsWith(".")) {
                    continue; // the nightly's cache and report sets in the making
                }
                if (Files.isDirectory(child) && Files.isRegularFile(child.resolve("report.json"))) {
                    files.add(child.resolve("report.json"));
                } else if (Files.isRegularFile(child) && child.getFileName().toString().endsWith(".json")) {
                    files.add(child);
                }
            }
        } catch (IOException | UncheckedIOException e) {
            IOException cause = e instanceof UncheckedIOException u ? u.getCause() : (IOException) e;
            return new Listing(files, List.of("the reports folder cannot be listed: " + FileErrors.cause(cause)));
        }
        return new Listing(files, List.of());
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
