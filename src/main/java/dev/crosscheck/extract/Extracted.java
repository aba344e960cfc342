package dev.crosscheck.extract;

import dev.crosscheck.annotate.AnnotatedArticle;
import dev.crosscheck.facts.Assertion;
import java.util.List;

/** An annotated article and the assertions read from it, in text order. */
public record Extracted(AnnotatedArticle document, List<Assertion> assertions) {

    public Extracted {
        assertions = List.copyOf(assertions);
    }
}
