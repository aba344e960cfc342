package dev.crosscheck.group;

import java.io.Serializable;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * In how many articles of a feed each word appears: a term few articles share says more
 * about which event they report than one many share; and in how many months each name appears: a name the
 * feed uses month after month (a country, a company, the fixture of a recurring event) tells no one event.
 * Counted over the whole feed, so an article's story can change when the rest of the feed does.
 */
public final class DocumentFrequencies implements Serializable {

    private static final long serialVersionUID = 1L;

    private final int articles;
    private final Map<String, Integer> counts;
    private final Map<String, Integer> nameMonths;

    /**
     * @param counts     articles per word (each article's {@link ArticleTerms#words} keys), as a distributed count
     *                   gives them
     * @param nameMonths distinct publication months per name ({@link ArticleTerms#names} keys)
     */
    public DocumentFrequencies(int articles, Map<String, Integer> counts, Map<String, Integer> nameMonths) {
        this.articles = articles;
        this.counts = new HashMap<>(counts);
        this.nameMonths = new HashMap<>(nameMonths);
    }

    public static DocumentFrequencies of(List<ArticleTerms> terms) {
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Set<String>> months = new HashMap<>();
        for (ArticleTerms t : terms) {
            for (String term : t.words().keySet()) {
                counts.merge(term, 1, Integer::sum);
            }
            if (t.month() != null) {
                t.names().keySet().forEach(name -> months.computeIfAbsent(name, n -> new HashSet<>()).add(t.month()));
            }
        }
        Map<String, Integer> nameMonths = new HashMap<>();
        months.forEach((name, in) -> nameMonths.put(name, in.size()));
        return new DocumentFrequencies(terms.size(), counts, nameMonths);
    }

    /** In how many months of the feed a name appears (0 when only in undated articles). */
    int monthsOf(String name) {
        return nameMonths.getOrDefault(name, 0);
    }

    int of(String term) {
        return counts.getOrDefault(term, 0);
    }

    /** Smoothed, so that a term shared by every article still counts a little (a feed of two reports must match). */
    double idf(String term) {
        return 1 + Math.log((1.0 + articles) / (1.0 + of(term)));
    }
}
