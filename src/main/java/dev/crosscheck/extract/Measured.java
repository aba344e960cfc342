package dev.crosscheck.extract;

import dev.crosscheck.facts.Value;
import dev.crosscheck.knowledge.Units;

/**
 * An amount read at tokens {@code [from, to)}, as an interval in the unit written ({@code unit} is null for
 * a bare number). The interval already allows for approximation words and rounding; {@code about} says an "about",
 * "around" widened it.
 */
record Measured(int from, int to, double low, double high, Units.Unit unit, boolean about) {

    Measured(int from, int to, double low, double high, Units.Unit unit) {
        this(from, to, low, high, unit, false);
    }

    /** The amount as a claim's value, in the dimension's base unit. */
    Value value(String text) {
        return Value.amount(text, baseLow(), baseHigh(), baseUnit(), about);
    }

    /** The interval in the dimension's base unit ("620 miles" in metres; "19 tons" as short to long tons). */
    double baseLow() {
        return unit == null ? low : low * unit.factor();
    }

    double baseHigh() {
        return unit == null ? high : high * unit.factorHigh();
    }

    String baseUnit() {
        return unit == null ? "number" : unit.base();
    }
}
