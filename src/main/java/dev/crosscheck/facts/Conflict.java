package dev.crosscheck.facts;

import java.util.List;

/**
 * A flag raised by a rule: claims that cannot all be true, with the evidence for each side.
 * {@code id} is stable: the same rule on the same evidence gives the same id, run after run.
 * {@code also} lists other rules that fired on the very same sentences, so an editor sees one flag.
 * {@code timeline} lists, for an update, every report of the figure in the order they came out.
 * {@code headline} is its title for editors, in plain words (the rule's {@code @headline}, else
 * {@link Headline#DEFAULT}).
 */
public record Conflict(
        String id,
        String rule,
        String category,
        Severity severity,
        Scope scope,
        String subject,
        String attribute,
        String description,
        String explanation,
        String headline,
        List<Assertion> evidence,
        List<Finding> also,
        List<Assertion> timeline) {

    public Conflict {
        evidence = List.copyOf(evidence);
        also = List.copyOf(also);
        timeline = List.copyOf(timeline);
    }

    public Conflict withAlso(List<Finding> findings) {
        return new Conflict(id, rule, category, severity, scope, subject, attribute, description,
                explanation, headline, evidence, findings, timeline);
    }

    /** True when this conflict cites the given assertion. Lets a rule skip what is already flagged. */
    public boolean cites(Assertion assertion) {
        return evidence.stream().anyMatch(e -> e.id().equals(assertion.id()));
    }
}
