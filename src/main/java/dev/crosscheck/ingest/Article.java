package dev.crosscheck.ingest;

import java.time.LocalDate;
import java.util.List;

/**
 * An article ready for analysis. {@code body} is the clean story text (metadata lines and boilerplate
 * removed, paragraphs separated by a blank line); every character offset in later stages points into it.
 * {@code problems} lists what could not be read but did not stop the article (no publication date, say).
 * {@code story} is the grouping a feed record already carried (its {@code story} field), or null.
 * {@code summaryOf} is the id of the article this one summarises (a feed record's {@code summary_of} field), or
 * null: a summary only retells its source, so a name or figure it adds is an error, where an article's is news.
 */
public record Article(
        String id,
        String path,
        String outlet,
        String url,
        String title,
        String byline,
        LocalDate published,
        String language,
        String body,
        List<String> problems,
        String story,
        String summaryOf) {

    public Article {
        problems = List.copyOf(problems);
    }
}
