package dev.crosscheck.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * What reading some inputs gave: the articles, the inputs skipped with their reasons, and warnings about
 * what was read but changed (an article renamed because its id was taken).
 */
public record Ingested(List<Article> articles, List<Skipped> skipped, List<String> warnings) {

    public Ingested {
        articles = List.copyOf(articles);
        skipped = List.copyOf(skipped);
        warnings = List.copyOf(warnings);
    }

    public Ingested(List<Article> articles, List<Skipped> skipped) {
        this(articles, skipped, List.of());
    }

    public static Ingested of(Article article) {
        return new Ingested(List.of(article), List.of());
    }

    public static Ingested skip(String path, String reason) {
        return new Ingested(List.of(), List.of(new Skipped(path, reason)));
    }

    /** All parts in order, as one. */
    public static Ingested concat(List<Ingested> parts) {
        List<Article> a = new ArrayList<>();
        List<Skipped> s = new ArrayList<>();
        List<String> w = new ArrayList<>();
        for (Ingested part : parts) {
            a.addAll(part.articles);
            s.addAll(part.skipped);
            w.addAll(part.warnings);
        }
        return new Ingested(a, s, w);
    }

    public Ingested plus(Ingested other) {
        return concat(List.of(this, other));
    }
}
