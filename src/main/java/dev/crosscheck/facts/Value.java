package dev.crosscheck.facts;

import java.util.Locale;

/**
 * What an assertion says. Categorical values (a role, a designation, a name) compare by {@code key},
 * their normalised form. Amounts are intervals {@code [low, high]} in a base {@code unit}: "around 600"
 * and "598" overlap, so they agree; two "about" figures agree within 10% of each other ("about $7.50" and "about
 * $8.50" do not, though their intervals overlap).
 */
public record Value(String text, String key, double low, double high, String unit) {

    /** How far a conversion with a rounded factor may stray: 2.2 pounds a kilogram is 0.2% off, 1.6 km a mile 0.6%. */
    private static final double CONVERSION_SLACK = 0.02;

    private static final String ABOUT = "about ";
    /** The unit of a place in an order ("third", "15th"): compared only with other places. */
    public static final String PLACE = "place";

    public static Value category(String text, String key) {
        return new Value(text, key, Double.NaN, Double.NaN, null);
    }

    public static Value amount(String text, double low, double high, String unit) {
        return new Value(text, formatRange(low, high, unit), low, high, unit);
    }

    /**
     * An amount that an "about" or "around" widened ({@code about}) is keyed by its figure ("about 7.5 USD"), so that two
     * of them are compared as figures: see {@link #agreesWith}.
     */
    public static Value amount(String text, double low, double high, String unit, boolean about) {
        return about ? new Value(text, ABOUT + formatRange((low + high) / 2, (low + high) / 2, unit), low, high, unit)
                : amount(text, low, high, unit);
    }

    /** True for a figure given with "about", "around". */
    public boolean approximate() {
        return numeric() && key.startsWith(ABOUT);
    }

    public boolean numeric() {
        return unit != null;
    }

    /** True when both values can be true together. */
    public boolean agreesWith(Value other) {
        if (numeric() != other.numeric()) {
            return false;
        }
        if (!numeric()) {
            return key.equals(other.key);
        }
        if (!unit.equals(other.unit)) {
            return false;
        }
        // "about $7.50" and "about $8.50" are two figures, each rounded: as reports they disagree beyond 10%
        if (approximate() && other.approximate()) {
            return close(figure(), other.figure());
        }
        // "at least 50" and "at least 157" are both lower bounds of one figure: as reports they disagree.
        if (lowerBound() && other.lowerBound()) {
            return close(low, other.low);
        }
        if (upperBound() && other.upperBound()) {
            return close(high, other.high);
        }
        return low <= other.high && other.low <= high;
    }

    /**
     * True when one amount is the other converted as writers convert, with a rounded factor ("1,420,788kg
     * (3,125,735lb)" converts at 2.2 pounds a kilogram): they agree, or in one unit come within 2% of each other.
     */
    public boolean convertsTo(Value other) {
        if (agreesWith(other)) {
            return true;
        }
        return numeric() && other.numeric() && unit.equals(other.unit)
                && low * (1 - CONVERSION_SLACK) <= other.high && other.low * (1 - CONVERSION_SLACK) <= high;
    }

    /**
     * True when this amount gives the figure of {@code other}, not only one consistent with it: it agrees, and where
     * the other only bounds its figure ("at least $6"), this bounds it the same way or holds that figure ("approximately
     * $7.50" agrees with "at least $6" but does not give it); a bound gives no figure but a bound's.
     */
    public boolean givesFigureOf(Value other) {
        if (!agreesWith(other)) {
            return false;
        }
        if (!numeric()) {
            return true; // a name or a role: agreeing is giving
        }
        if (other.lowerBound()) {
            return lowerBound() || (low <= other.low && other.low <= high);
        }
        if (other.upperBound()) {
            return upperBound() || (low <= other.high && other.high <= high);
        }
        return !lowerBound() && !upperBound(); // "at least $6" is consistent with "about $7.50" but gives no figure
    }

    /** "at least 50", "more than 50": no upper end. */
    public boolean lowerBound() {
        return numeric() && Double.isInfinite(high);
    }

    /** "up to 32", "fewer than 10": from nothing up to a figure. */
    public boolean upperBound() {
        return numeric() && low <= 0 && high > 0 && !Double.isInfinite(high);
    }

    /** Within 10% of each other: the tolerance an "about" allows. */
    private static boolean close(double a, double b) {
        return Math.abs(a - b) <= 0.1 * Math.max(Math.abs(a), Math.abs(b));
    }

    /**
     * The one figure an amount stands for: a bound for what it bounds ("at least 50" is 50, "up to 32" is 32), a
     * range for its middle.
     */
    public double figure() {
        if (Double.isInfinite(high)) {
            return low;
        }
        if (low <= 0) {
            return high;
        }
        return (low + high) / 2;
    }

    /** True when both are amounts of the same unit, so that a difference is meaningful. */
    public boolean comparableWith(Value other) {
        return numeric() ? other.numeric() && unit.equals(other.unit) : !other.numeric();
    }

    static String formatRange(double low, double high, String unit) {
        String u = unit == null || unit.equals("count") ? "" : " " + unit;
        if (low == high) {
            return format(low) + u;
        }
        if (Double.isInfinite(high)) {
            return "at least " + format(low) + u;
        }
        if (low <= 0 && !Double.isInfinite(high)) {
            return "at most " + format(high) + u;
        }
        return format(low) + "–" + format(high) + u;
    }

    static String format(double number) {
        if (number == Math.rint(number) && Math.abs(number) < 1e15) {
            return String.format(Locale.ROOT, "%d", (long) number);
        }
        // trailing zeros of the decimals only: 4200.375 is "4200", not "42"
        return String.format(Locale.ROOT, "%.4g", number).replaceAll("\\.0+$|(\\.\\d*?)0+$", "$1");
    }
}
