package dev.crosscheck.extract;

import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.facts.Value;

/**
 * A claim a finder read from tokens {@code [from, to)} of a sentence, before it gets its provenance and
 * modality. {@code time} is null when the claim is about the sentence's time frame; {@code restates}
 * points at the draft this one repeats in other units.
 */
record Draft(String kind, String subject, String attribute, Value value, int from, int to, TimeFrame time,
             Draft restates, String predicate) {

    static Draft of(String kind, String subject, String attribute, Value value, int from, int to) {
        return new Draft(kind, subject, attribute, value, from, to, null, null, null);
    }

    Draft at(TimeFrame frame) {
        return new Draft(kind, subject, attribute, value, from, to, frame, restates, predicate);
    }

    Draft restating(Draft original) {
        return new Draft(kind, subject, attribute, value, from, to, time, original, predicate);
    }

    Draft about(String verb) {
        return new Draft(kind, subject, attribute, value, from, to, time, restates, verb);
    }
}
