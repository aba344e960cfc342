package dev.crosscheck.report;

import dev.crosscheck.check.CheckedStory;
import dev.crosscheck.check.StoryResult;
import dev.crosscheck.extract.Extracted;
import dev.crosscheck.facts.Assertion;
import dev.crosscheck.facts.Conflict;
import dev.crosscheck.facts.Finding;
import dev.crosscheck.ingest.Article;
import dev.crosscheck.ingest.Skipped;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Turns a checked story, or a feed's checked stories, into the report contract. */
public final class ReportBuilder {

    private ReportBuilder() {
    }

    public static Report build(StoryResult result, List<Skipped> skipped, String fingerprint, int ruleCount,
                               Instant generated) {
        Paragraphs paragraphs = new Paragraphs(result.articles());
        OnThePoint others = OnThePoint.of(result);
        return new Report(Report.SCHEMA, generated.truncatedTo(ChronoUnit.SECONDS).toString(),
                new Report.Rules(fingerprint, ruleCount),
                result.articles().stream().map(ReportBuilder::article).toList(),
                result.conflicts().stream().map(c -> conflict(c, paragraphs, others)).toList(),
                skipped.stream().map(s -> new Report.SkippedEntry(s.path(), s.reason())).toList(),
                null);
    }

    /** A nightly report from checked stories: {@link #assemble} of each story's {@link #story} part. */
    public static Report build(List<CheckedStory> stories, List<Skipped> skipped, String fingerprint, int ruleCount,
                               Instant generated) {
        return assemble(stories.stream().map(ReportBuilder::story).toList(), skipped, fingerprint, ruleCount, generated);
    }

    /** One story's part of a nightly report: its articles, and its conflicts tagged with the story's id. */
    public static StoryReport story(CheckedStory checked) {
        StoryResult result = checked.result();
        Paragraphs paragraphs = new Paragraphs(result.articles());
        String id = checked.story().id();
        OnThePoint others = OnThePoint.of(result);
        List<Report.ConflictEntry> conflicts = result.conflicts().stream()
                .map(c -> conflict(c, paragraphs, others).inStory(id))
                .toList();
        return new StoryReport(new Report.StoryEntry(id, checked.story().title(),
                result.articles().stream().map(e -> e.document().article().id()).toList(),
                conflicts.stream().map(Report.ConflictEntry::id).toList()),
                result.articles().stream().map(ReportBuilder::article).toList(), conflicts);
    }

    /**
     * A nightly report of story parts: stories and their conflicts in the order given, articles by id
     * (then path), skipped inputs in the order given.
     */
    public static Report assemble(List<StoryReport> stories, List<Skipped> skipped, String fingerprint, int ruleCount,
                                  Instant generated) {
        List<Report.ArticleEntry> articles = new ArrayList<>();
        List<Report.ConflictEntry> conflicts = new ArrayList<>();
        for (StoryReport part : stories) {
            articles.addAll(part.articles());
            conflicts.addAll(part.conflicts());
        }
        articles.sort(Comparator.comparing(Report.ArticleEntry::id)
                .thenComparing(Report.ArticleEntry::path, Comparator.nullsFirst(Comparator.naturalOrder())));
        return new Report(Report.SCHEMA, generated.truncatedTo(ChronoUnit.SECONDS).toString(),
                new Report.Rules(fingerprint, ruleCount), articles, conflicts,
                skipped.stream().map(s -> new Report.SkippedEntry(s.path(), s.reason())).toList(),
                stories.stream().map(StoryReport::story).toList());
    }

    static Report.ArticleEntry article(Extracted e) {
        Article a = e.document().article();
        return new Report.ArticleEntry(a.id(), a.path(), a.outlet(), a.title(), date(a.published()), a.language(),
                e.document().sentences().size(), e.assertions().size(), a.problems(), a.url(), a.summaryOf());
    }

    static Report.ConflictEntry conflict(Conflict c, Paragraphs paragraphs, OnThePoint others) {
        return new Report.ConflictEntry(c.id(), c.rule(), c.category(), c.severity().name(), c.scope().name(),
                c.subject(), c.attribute(), c.explanation(),
                c.evidence().stream().map(a -> evidence(a, paragraphs)).toList(),
                c.description().isEmpty() ? null : c.description(),
                c.also().stream().map(f -> also(f, c, paragraphs)).toList(),
                null,
                c.timeline().isEmpty() ? null : c.timeline().stream().map(a -> evidence(a, paragraphs)).toList(),
                null, null, c.headline(),
                others.said(c).stream().map(a -> evidence(a, paragraphs)).toList());
    }

    /** A finding, citing only the sentences the conflict's own evidence does not. */
    private static Report.AlsoEntry also(Finding f, Conflict c, Paragraphs paragraphs) {
        return new Report.AlsoEntry(f.rule(), f.category(), f.attribute(), f.explanation(), f.values(),
                f.evidence().stream()
                        .filter(a -> c.evidence().stream().noneMatch(a::sameSentence))
                        .map(a -> evidence(a, paragraphs))
                        .toList());
    }

    static Report.EvidenceEntry evidence(Assertion a, Paragraphs paragraphs) {
        var at = a.at();
        Paragraphs.Paragraph paragraph = paragraphs.of(a.article(), at.sentenceStart());
        return new Report.EvidenceEntry(a.article(), at.sentenceIndex(), at.sentence(), at.start(), at.end(),
                at.quote(), a.value().text(), a.modality().name().toLowerCase(Locale.ROOT), at.outlet(),
                date(at.published()), a.time() == null ? null : a.time().label(), a.cue(), a.source(),
                paragraph.text(), paragraph.start(), a.time() != null && a.time().explicit());
    }

    private static String date(LocalDate d) {
        return d == null ? null : d.toString();
    }
}
