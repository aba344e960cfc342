package dev.crosscheck.facts;

/** A further rule that fired on exactly the same evidence as a conflict, folded into it. */
public record Finding(String rule, String category, String attribute, String explanation) {
}
