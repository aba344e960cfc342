package dev.crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
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
                               String url, String summaryOf) {
    }

    /**
     * A conflict. Beyond the contract: {@code description} (the rule's one-line purpose), {@code also}
     * (other rules that fired on the same sentences, and the same clash stated in further sentences), {@code story}
     * (the story id in nightly reports), {@code timeline} (for an update, every report of the figure in order; null
     * otherwise), {@code change} ("new" or "open" against the previous nightly report; null when there is none),
     * {@code status} (the editors' decision: open, follow_up, confirmed, acknowledged or dismissed; null without a
     * review database), {@code headline} (its title for editors, in plain words: what it is about, each side's
     * value and source) and {@code others} (what the story's other articles said on the same point: one claim each).
     */
    @JsonPropertyOrder({"id", "headline"})
    public record ConflictEntry(String id, String rule, String category, String severity, String scope,
                                String subject, String attribute, String explanation, List<EvidenceEntry> evidence,
                                String description, List<AlsoEntry> also, String story,
                                List<EvidenceEntry> timeline,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String change,
                                @JsonInclude(JsonInclude.Include.NON_NULL) String status,
                                String headline,
                                @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EvidenceEntry> others) {

        public static final String NEW = "new";
        public static final String OPEN = "open";

        public ConflictEntry {
            others = others == null ? List.of() : others;
        }

        public ConflictEntry(String id, String rule, String category, String severity, String scope,
                             String subject, String attribute, String explanation, List<EvidenceEntry> evidence,
                             String description, List<AlsoEntry> also, String story, List<EvidenceEntry> timeline) {
            this(id, rule, category, severity, scope, subject, attribute, explanation, evidence, description, also,
                    story, timeline, null, null, null, null);
        }

        public ConflictEntry inStory(String storyId) {
            return new ConflictEntry(id, rule, category, severity, scope, subject, attribute, explanation, evidence,
                    description, also, storyId, timeline, change, status, headline, others);
        }

        public ConflictEntry withChange(String newChange) {
            return new ConflictEntry(id, rule, category, severity, scope, subject, attribute, explanation, evidence,
                    description, also, story, timeline, newChange, status, headline, others);
        }

        public ConflictEntry withStatus(String newStatus) {
            return new ConflictEntry(id, rule, category, severity, scope, subject, attribute, explanation, evidence,
                    description, also, story, timeline, change, newStatus, headline, others);
        }

        /**
         * Where the sides come from, in words: "within article", "cross source", or, when two articles of one outlet
         * disagree, "two articles of edition.cnn.com" (no clash between sources; {@code scope} stays CROSS_SOURCE).
         */
        public String scopeLabel() {
            if ("WITHIN_ARTICLE".equals(scope)) {
                return "within article";
            }
            List<String> outlets = evidence == null ? List.of()
                    : evidence.stream().map(EvidenceEntry::outlet).distinct().toList();
            long articles = evidence == null ? 0 : evidence.stream().map(EvidenceEntry::article).distinct().count();
            if (articles > 1 && outlets.size() == 1 && outlets.get(0) != null) {
                return (articles == 2 ? "two" : Long.toString(articles)) + " articles of " + outlets.get(0);
            }
            return scope == null ? "" : scope.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
        }

        /** The headline; for a report written before conflicts had one, the rule's name, which is a sentence. */
        public String title() {
            return headline != null && !headline.isBlank() ? headline : rule;
        }
    }

    /**
     * One side of a conflict. Beyond the contract: the outlet and publication date, the time the claim
     * is about, the cue words that set its modality, its attributed source, the whole paragraph, and
     * {@code timeStated}: true when the sentence itself names the time (otherwise {@code time} was inferred from
     * the paragraph or the publication date, and says little about the claim).
     */
    public record EvidenceEntry(String article, int sentenceIndex, String sentence, int start, int end,
                                String quote, String value, String modality, String outlet, String published,
                                String time, String cue, String source, String paragraph, int paragraphStart,
                                Boolean timeStated) {

        public EvidenceEntry(String article, int sentenceIndex, String sentence, int start, int end, String quote,
                             String value, String modality, String outlet, String published, String time, String cue,
                             String source, String paragraph, int paragraphStart) {
            this(article, sentenceIndex, sentence, start, end, quote, value, modality, outlet, published, time, cue,
                    source, paragraph, paragraphStart, null);
        }

        /** The time when the sentence names it; null when it was only inferred, or the report does not say. */
        public String statedTime() {
            return Boolean.TRUE.equals(timeStated) ? time : null;
        }
    }

    /** A story of a nightly report: the articles grouped as one event, and the ids of its conflicts. */
    public record StoryEntry(String id, String title, List<String> articles, List<String> conflicts) {
    }

    /**
     * A further finding folded into a conflict: another rule on the same sentences, or the same clash stated again;
     * {@code evidence} holds the sentences it cites beyond the conflict's own, each once.
     */
    public record AlsoEntry(String rule, String category, String attribute, String explanation, List<String> values,
                            @JsonInclude(JsonInclude.Include.NON_EMPTY) List<EvidenceEntry> evidence) {

        public AlsoEntry {
            evidence = evidence == null ? List.of() : evidence;
        }

        public AlsoEntry(String rule, String category, String attribute, String explanation, List<String> values) {
            this(rule, category, attribute, explanation, values, List.of());
        }
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
