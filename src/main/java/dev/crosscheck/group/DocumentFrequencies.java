package dev.crosscheck.group;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * In how many articles of a feed each word appears: a term few articles share says more
 * about which event they report than one many share. Counted over the whole feed, so an article's story
 * can change when the rest of the feed does.
 */
public final class DocumentFrequencies implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int articles;
    private final Map<String, Integer> counts;

    /** @param counts articles per word (each article's {@link ArticleTerms#words} keys), as a distributed count gives them */
    public DocumentFrequencies(int articles, Map<String, Integer> counts) {
        this.articles = articles;
        this.counts = new HashMap<>(counts);
    }

    public static DocumentFrequencies of(List<ArticleTerms> terms) {
        Map<String, Integer> counts = new HashMap<>();
        for (ArticleTerms t : terms) {
            for (String term : t.words().keySet()) {
                counts.merge(term, 1, Integer::sum);
            }
        }
        return new DocumentFrequencies(terms.size(), counts);
    }

    int of(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** Smoothed, so that a term shared by every article still counts a little (a feed of two reports must match). */
    double idf(String term) {
        return 1 + Math.log((1.0 + articles) / (1.0 + of(term)));
    }
}
