package dev.crosscheck.extract;

import dev.crosscheck.knowledge.Units;

/**
 * An amount read at tokens {@code [from, to)}, as an interval in the unit written ({@code unit} is null for
 * a bare number). The interval already allows for approximation words and rounding.
 */
record Measured(int from, int to, double low, double high, Units.Unit unit) {

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
