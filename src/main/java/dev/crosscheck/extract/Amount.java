package dev.crosscheck.extract;

/**
 * A number read from tokens {@code [from, to)}: the interval it allows and, when the unit was glued to
 * the digits ("600hp"), that unit's text. {@code exact} is false for vague amounts ("dozens",
 * "tens of thousands").
 */
record Amount(int from, int to, double low, double high, boolean exact, String gluedUnit) {

    Amount widened(int newFrom, double[] interval) {
        return new Amount(newFrom, to, interval[0], interval[1], false, gluedUnit);
    }

    Amount spanning(int newFrom, int newTo) {
        return new Amount(newFrom, newTo, low, high, exact, gluedUnit);
    }

    boolean single() {
        return low == high;
    }
}
