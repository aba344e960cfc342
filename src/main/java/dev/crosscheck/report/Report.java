package dev.crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The JSON report, as DESIGN.md fixes it ({@code schema: "crosscheck.report/1"}). Fields may be added;
 * none of these may be renamed or dropped. Component order is the JSON field order.
 *
 * <p>Nightly reports add {@code stories}, {@code grouping} (how the stories compare with labels the feed
 * carried), {@code changes} (counts against the previous night's report) and {@code gone} (conflicts
 * that report had and this one has not).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        String schema,
        String generated,
        Rules rules,
        List<ArticleEntry> articles,
        List<ConflictEntry> conflicts,
        List<SkippedEntry> skipped,
        List<StoryEntry> stories,
        GroupingEntry grouping,
        ChangesEntry changes,
        List<GoneEntry> gone) {

    public static final String SCHEMA = "crosscheck.report/1";

    public Report(String schema, String generated, Rules rules, List<ArticleEntry> articles,
                  List<ConflictEntry> conflicts, List<SkippedEntry> skipped, List<StoryEntry> stories) {
        this(schema, generated, rules, articles, conflicts, skipped, stories, null, null, null);
    }

    public Report withConflicts(List<ConflictEntry> replaced) {
        return new Report(schema, generated, rules, articles, replaced, skipped, stories, grouping, changes, gone);
    }

    public Report withGrouping(GroupingEntry score) {
        return new Report(schema, generated, rules, articles, conflicts, skipped, stories, score, changes, gone);
    }

    public Report withChanges(List<ConflictEntry> marked, ChangesEntry counts, List<GoneEntry> goneConflicts) {
        return new Report(schema, generated, rules, articles, marked, skipped, stories, grouping, counts, goneConflicts);
    }

    public record Rules(String fingerprint, int count) {
    }

    public record ArticleEntry(String id, String path, String outlet, String title, String published,
                               String language, int sentences, int assertions, List<String> problems,
                               String url) {
    }

    /**
     * A conflict. Beyond the contract: {@code description} (the rule's one-line purpose), {@code also}
     * (other rules that fired on the same sentences), {@code story} (the story id in nightly reports),
     * {@code timeline} (for an update, every report of the figure in order; null otherwise), {@code change}
     * ("new" or "open" against the previous nightly report; null when there is none) and {@code status}
     * (the editors' decision: open, follow_up, confirmed or dismissed; null without a review database).
     */
    public record ConflictEntry(String id, String rule, String category, String severity, String scope,
                                String subject, String attribute, String explanation, List<EvidenceEntry> evidence,
                                String description, List<AlsoEntry> also, String story,
                                List<EvidenceEntry> timeline,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String change,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String status) {

        public static final String NEW = "new";
        public static final String OPEN = "open";

        public ConflictEntry(String id, String rule, String category, String severity, String scope,
                             String subject, String attribute, String explanation, List<EvidenceEntry> evidence,
                             String description, List<AlsoEntry> also, String story, List<EvidenceEntry> timeline) {
            this(id, rule, category, severity, scope, subject, attribute, explanation, evidence, description, also,
                    story, timeline, null, null);
        }

        public ConflictEntry inStory(String storyId) {
            return new ConflictEntry(id, rule, category, severity, scope, subject, attribute, explanation, evidence,
                    description, also, storyId, timeline, change, status);
        }

        public ConflictEntry withChange(String newChange) {
            return new ConflictEntry(id, rule, category, severity, scope, subject, attribute, explanation, evidence,
                    description, also, story, timeline, newChange, status);
        }

        public ConflictEntry withStatus(String newStatus) {
            return new ConflictEntry(id, rule, category, severity, scope, subject, attribute, explanation, evidence,
                    description, also, story, timeline, change, newStatus);
        }
    }

    /**
     * One side of a conflict. Beyond the contract: the outlet and publication date, the time the claim
     * is about, the cue words that set its modality, its attributed source, and the whole paragraph.
     */
    public record EvidenceEntry(String article, int sentenceIndex, String sentence, int start, int end,
                                String quote, String value, String modality, String outlet, String published,
                                String time, String cue, String source, String paragraph, int paragraphStart) {
    }

    /** A story of a nightly report: the articles grouped as one event, and the ids of its conflicts. */
    public record StoryEntry(String id, String title, List<String> articles, List<String> conflicts) {
    }

    public record AlsoEntry(String rule, String category, String attribute, String explanation, List<String> values) {
    }

    public record SkippedEntry(String path, String reason) {
    }

    /**
     * How the nightly grouping compares with labels the feed records carried ({@code labels} names the
     * field, "event"): adjusted Rand index and pairwise precision, recall and F1 over {@code articles}
     * labelled articles, which the labels put in {@code events} groups and the grouping in {@code stories}.
     */
    public record GroupingEntry(String labels, int articles, int events, int stories, double adjustedRand,
                                double precision, double recall, double f1) {
    }

    /**
     * This report against the previous nightly report ({@code previous}: its folder, such as "2026-11-22"):
     * conflicts found for the first time, found again, and no longer found.
     */
    public record ChangesEntry(String previous, @JsonProperty("new") int added, int open, int gone) {
    }

    /** A conflict of the previous report that this run did not find again: enough to say what it was. */
    public record GoneEntry(String id, String rule, String category, String severity, String story, String subject,
                            String attribute, String explanation) {
    }
}
