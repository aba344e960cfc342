package dev.crosscheck.group;

import java.io.Serializable;
import java.util.Map;

/**
 * What an article is compared by, as counts of stemmed content words: {@code words} of the whole article
 * (title words counted extra) and {@code titleWords} of the title alone.
 */
public record ArticleTerms(Map<String, Double> words, Map<String, Double> titleWords) implements Serializable {

    public ArticleTerms {
        words = Map.copyOf(words);
        titleWords = Map.copyOf(titleWords);
    }
}
