package dev.crosscheck.extract;

import dev.crosscheck.facts.Value;

/**
 * Something comparable that a sentence mentions, at tokens {@code [from, to)}, already normalised:
 * a number (an interval in a base unit, or "number"), a time (an interval of epoch days, unit "date"),
 * a name (keyed by its canonical name) or a negation. Later stages compare mentions without
 * re-reading the language.
 */
public record Mention(Kind kind, int from, int to, Value value) {

    public enum Kind { NUMBER, TIME, NAME, NEGATION }

    public boolean overlaps(int start, int end) {
        return from < end && start < to;
    }
}
