package dev.crosscheck.group;

import java.io.Serializable;
import java.util.Map;

/**
 * What an article is compared by, as counts of stemmed content words: {@code words} of the whole article
 * (title words counted extra), {@code titleWords} of the title alone, and {@code names}: the capitalised words
 * of its body that do not start a sentence; {@code month} is the month it was published ("2017-10"), or null.
 */
public record ArticleTerms(Map<String, Double> words, Map<String, Double> titleWords, Map<String, Double> names,
                           String month)
        implements Serializable {

    public ArticleTerms {
        words = Map.copyOf(words);
        titleWords = Map.copyOf(titleWords);
        names = Map.copyOf(names);
    }
}
