package dev.crosscheck.report;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The JSON report, as DESIGN.md fixes it ({@code schema: "crosscheck.report/1"}). Fields may be added;
 * none of these may be renamed or dropped. Component order is the JSON field order.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Report(
        String schema,
        String generated,
        Rules rules,
        List<ArticleEntry> articles,
        List<ConflictEntry> conflicts,
        List<SkippedEntry> skipped,
        List<StoryEntry> stories) {

    public static final String SCHEMA = "crosscheck.report/1";

    public record Rules(String fingerprint, int count) {
    }

    public record ArticleEntry(String id, String path, String outlet, String title, String published,
                               String language, int sentences, int assertions, List<String> problems,
                               String url) {
    }

    /**
     * A conflict. Beyond the contract: {@code description} (the rule's one-line purpose), {@code also}
     * (other rules that fired on the same sentences), {@code story} (the story id in nightly reports) and
     * {@code timeline} (for an update, every report of the figure in order; null otherwise).
     */
    public record ConflictEntry(String id, String rule, String category, String severity, String scope,
                                String subject, String attribute, String explanation, List<EvidenceEntry> evidence,
                                String description, List<AlsoEntry> also, String story,
                                List<EvidenceEntry> timeline) {

        public ConflictEntry inStory(String storyId) {
            return new ConflictEntry(id, rule, category, severity, scope, subject, attribute, explanation, evidence,
                    description, also, storyId, timeline);
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
}
