package dev.crosscheck.extract;

import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.facts.Assertion;
import java.util.List;

/**
 * An annotated article, the assertions read from it (in text order), and per sentence (by index) the
 * normalised numbers, times, names and negations it mentions.
 */
public record Extracted(AnnotatedArticle document, List<Assertion> assertions, List<List<Mention>> mentions) {

    public Extracted {
        assertions = List.copyOf(assertions);
        mentions = List.copyOf(mentions);
    }
}
