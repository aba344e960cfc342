package dev.crosscheck.check;

import dev.crosscheck.extract.Extracted;
import dev.crosscheck.facts.Conflict;
import java.util.List;

/** What checking one story found: every article's assertions, and the conflicts among them. */
public record StoryResult(List<Extracted> articles, List<Conflict> conflicts) {

    public StoryResult {
        articles = List.copyOf(articles);
        conflicts = List.copyOf(conflicts);
    }
}
