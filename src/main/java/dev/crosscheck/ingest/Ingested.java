package dev.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;

/** What reading some inputs gave: the articles, and the inputs skipped with their reasons. */
public record Ingested(List<Article> articles, List<Skipped> skipped) {

    public Ingested {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
    }

    public static Ingested of(Article article) {
        return new Ingested(List.of(article), List.of());
    }

    public static Ingested skip(String path, String reason) {
        return new Ingested(List.of(), List.of(new Skipped(path, reason)));
    }

    public Ingested plus(Ingested other) {
        List<Article> a = new ArrayList<>(articles);
        a.addAll(other.articles);
        List<Skipped> s = new ArrayList<>(skipped);
        s.addAll(other.skipped);
        return new Ingested(a, s);
    }
}
