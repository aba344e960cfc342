package dev.crosscheck.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Keeps articles that share an id apart: every stage, the caches and the report tell articles apart by id, so
 * two with one id would be merged into one article with two texts. The first keeps the id; each later one,
 * in reading order, gets the id with "~2", "~3"... (so the same inputs always give the same ids), a problem
 * that says so in the report, and a warning.
 */
final class UniqueIds {

    private UniqueIds() {
    }

    static Ingested apply(Ingested ingested) {
        Set<String> taken = new HashSet<>();
        ingested.articles().forEach(a -> taken.add(a.id()));
        Map<String, Article> first = new HashMap<>();
        Map<String, Integer> copies = new HashMap<>();
        List<Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>(ingested.warnings());
        for (Article a : ingested.articles()) {
            Article earlier = first.putIfAbsent(a.id(), a);
            if (earlier == null) {
                articles.add(a);
                continue;
            }
            String id;
            do {
                id = a.id() + "~" + copies.merge(a.id(), 2, (n, two) -> n + 1);
            } while (!taken.add(id));
            String problem = "its id '" + a.id() + "' is also the id of " + earlier.path() + "; renamed '" + id
                    + "' so both are kept";
            warnings.add(a.path() + ": " + problem);
            List<String> problems = new ArrayList<>(a.problems());
            problems.add(problem);
            articles.add(new Article(id, a.path(), a.outlet(), a.url(), a.title(), a.byline(), a.published(),
                    a.language(), a.body(), problems, a.story(), a.summaryOf()));
        }
        return new Ingested(articles, ingested.skipped(), warnings);
    }
}
