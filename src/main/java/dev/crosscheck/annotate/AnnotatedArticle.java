package dev.crosscheck.annotate;

import dev.crosscheck.ingest.Article;
import java.util.List;

/** An article with its sentences and tokens. */
public record AnnotatedArticle(Article article, List<Sentence> sentences) {

    public AnnotatedArticle {
        sentences = List.copyOf(sentences);
    }
}
