package dev.crosscheck.group;

import java.io.Serializable;

/**
 * How articles are compared, which are compared at all, and when two groups are close enough to be one story.
 *
 * @param threshold       two groups merge while their articles' average similarity is at least this
 * @param titleWeight     how many body words one title word is worth in the article's words
 * @param titleShare      share of the similarity that comes from comparing titles alone: a title says what
 *                        the event is, and some bodies are thin or mostly boilerplate
 * @param datePenalty     share of the similarity lost by articles published {@code dateHorizonDays} or more
 *                        apart; less for closer dates
 * @param dateHorizonDays gap at which the date penalty is complete
 * @param keysPerArticle  an article is filed under this many of its most distinctive words, and compared
 *                        only with articles filed under one of them
 * @param keyArticles     a word found in more articles than this is too common to file under: the cap that
 *                        keeps the comparisons per article bounded however large the feed
 * @param namePenalty     share of the similarity lost by articles that share no names (capitalised words that
 *                        do not start a sentence) and were published {@code dateHorizonDays} or more apart; less
 *                        for closer dates and more shared names: a recurring event is told in the same words
 *                        with other names
 * @param namesShared     the overlap of two articles' names at which they count as sharing their names fully
 *                        (below half of it, not at all)
 * @param nameMonths      a name the feed uses in more distinct months than this tells no one event (a country, a
 *                        company, the fixture of a recurring event) and is not counted as shared
 */
public record GroupingSettings(double threshold, double titleWeight, double titleShare, double datePenalty,
                               int dateHorizonDays, int keysPerArticle, int keyArticles, double namePenalty,
                               double namesShared, int nameMonths) implements Serializable {

    /** Tuned on the labelled feed (../shared/corpora/news-clusters.jsonl); see StoryGrouperCorpusTest for the sensitivity. */
    public static final GroupingSettings DEFAULTS = new GroupingSettings(0.1, 3, 0.3, 0.5, 60, 12, 100, 0.9, 0.1, 9);

    public GroupingSettings {
        requireBetween("threshold", threshold, Double.MIN_VALUE, 1);
        requireBetween("titleShare", titleShare, 0, 1);
        requireBetween("datePenalty", datePenalty, 0, 1);
        requireBetween("namePenalty", namePenalty, 0, 1);
        requireBetween("namesShared", namesShared, Double.MIN_VALUE, 1);
        if (!(titleWeight >= 0)) {
            throw new IllegalArgumentException("titleWeight must be 0 or more, not " + titleWeight);
        }
        if (dateHorizonDays < 1) {
            throw new IllegalArgumentException("dateHorizonDays must be 1 or more, not " + dateHorizonDays);
        }
        if (nameMonths < 1) {
            throw new IllegalArgumentException("nameMonths must be 1 or more, not " + nameMonths);
        }
        if (keysPerArticle < 1 || keyArticles < 2) {
            throw new IllegalArgumentException("keysPerArticle must be 1 or more and keyArticles 2 or more, not "
                    + keysPerArticle + " and " + keyArticles);
        }
    }

    public GroupingSettings withThreshold(double newThreshold) {
        return new GroupingSettings(newThreshold, titleWeight, titleShare, datePenalty, dateHorizonDays, keysPerArticle,
                keyArticles, namePenalty, namesShared, nameMonths);
    }

    private static void requireBetween(String name, double value, double low, double high) {
        if (!(value >= low && value <= high)) {
            throw new IllegalArgumentException(name + " must be between " + low + " and " + high + ", not " + value);
        }
    }
}
