package dev.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks that every summary's {@code summary_of} names another article that was read with it. One that names no
 * such article is checked as an ordinary article (a summary without its source cannot be compared with it), with a
 * problem in the report and a warning that say so, rather than silently not checked as a summary.
 */
final class SummarySources {

    private SummarySources() {
    }

    static Ingested apply(Ingested ingested) {
        Set<String> ids = ingested.articles().stream().map(Article::id).collect(Collectors.toSet());
        List<Article> articles = new ArrayList<>();
        List<String> warnings = new ArrayList<>(ingested.warnings());
        for (Article a : ingested.articles()) {
            String of = a.summaryOf();
            if (of == null || !of.equals(a.id()) && ids.contains(of)) {
                articles.add(a);
                continue;
            }
            String problem = "its summary_of '" + of + "' names " + (of.equals(a.id()) ? "the article itself"
                    : "no article read with it") + "; checked as an ordinary article, not as a summary";
            warnings.add(a.path() + ": " + problem);
            List<String> problems = new ArrayList<>(a.problems());
            problems.add(problem);
            articles.add(new Article(a.id(), a.path(), a.outlet(), a.url(), a.title(), a.byline(), a.published(),
                    a.language(), a.body(), problems, a.story(), null));
        }
        return new Ingested(articles, ingested.skipped(), warnings);
    }
}
