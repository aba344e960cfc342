package dev.crosscheck.extract;

import dev.crosscheck.facts.Frame;
import dev.crosscheck.facts.TimeFrame;
import dev.crosscheck.facts.Value;

/**
 * A claim a finder read from tokens {@code [from, to)} of a sentence, before it gets its provenance and
 * modality. {@code time} is null when the claim is about the sentence's time frame; {@code restates}
 * points at the draft this one repeats in other units; {@code frame} is what the claim says with its value
 * masked ({@link Frame#NONE} for claims not compared by meaning); {@code moves} marks a figure that moves
 * through the day whatever its predicate says.
 */
record Draft(String kind, String subject, String attribute, Value value, int from, int to, TimeFrame time,
             Draft restates, String predicate, Frame frame, boolean moves) {

    static Draft of(String kind, String subject, String attribute, Value value, int from, int to) {
        return new Draft(kind, subject, attribute, value, from, to, null, null, null, Frame.NONE, false);
    }

    Draft at(TimeFrame frame) {
        return new Draft(kind, subject, attribute, value, from, to, frame, restates, predicate, this.frame, moves);
    }

    Draft restating(Draft original) {
        return new Draft(kind, subject, attribute, value, from, to, time, original, predicate, frame, moves);
    }

    /** The same claim of another attribute: a conversion in brackets measures what its original does. */
    Draft measuring(String measure) {
        return new Draft(kind, subject, measure, value, from, to, time, restates, predicate, frame, moves);
    }

    Draft about(String verb) {
        return new Draft(kind, subject, attribute, value, from, to, time, restates, verb, frame, moves);
    }

    /** A figure that moves as the day goes on, whatever its predicate: "shares fell 4.3 percent". */
    Draft moving() {
        return new Draft(kind, subject, attribute, value, from, to, time, restates, predicate, frame, true);
    }

    Draft saying(Frame said) {
        return new Draft(kind, subject, attribute, value, from, to, time, restates, predicate, said, moves);
    }
}
