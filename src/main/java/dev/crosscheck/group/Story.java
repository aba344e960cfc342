package dev.crosscheck.group;

import dev.crosscheck.ingest.Article;
import java.util.List;

/**
 * Articles that report the same event, to be checked against each other. {@code id} is stable: the same
 * articles grouped again give the same id. {@code title} is a representative article's title (null when
 * no member has one). {@code articles} are in publication order, then by id.
 */
public record Story(String id, String title, List<Article> articles) {

    public Story {
        if (articles.isEmpty()) {
            throw new IllegalArgumentException("story " + id + " has no articles");
        }
        articles = List.copyOf(articles);
    }
}
