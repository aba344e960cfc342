package dev.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Figures compared as an editor reads them. */
class ValueTest {

    private static Value count(String text, double low, double high) {
        return Value.amount(text, low, high, "count");
    }

    @Test
    void boundsOfOneFigureAgreeOnlyWhenTheyBoundItAlike() {
        Value atLeast39 = count("at least 39", 39, Double.POSITIVE_INFINITY);
        assertTrue(atLeast39.lowerBound());
        assertTrue(atLeast39.agreesWith(count("40", 40, 40)), "at least 39 and 40 agree");
        assertFalse(count("more than 50", 51, Double.POSITIVE_INFINITY)
                .agreesWith(count("over 60", 61, Double.POSITIVE_INFINITY)), "two different lower bounds");
        Value upTo32 = count("up to 32", 0, 32);
        assertTrue(upTo32.upperBound());
        assertFalse(upTo32.lowerBound());
        assertFalse(upTo32.agreesWith(count("up to 20", 0, 20)));
        assertTrue(upTo32.agreesWith(count("30", 30, 30)));
    }

    @Test
    void aFigureConsistentWithABoundDoesNotGiveIt() {
        Value atLeast6 = count("at least 6", 6, Double.POSITIVE_INFINITY);
        Value about7 = count("about 7.5", 6.75, 8.25);
        assertTrue(about7.agreesWith(atLeast6));
        assertFalse(about7.givesFigureOf(atLeast6), "7.5 is above 6 but is not the figure 6 bounds");
        assertTrue(count("6", 6, 6).givesFigureOf(atLeast6));
        assertTrue(count("more than 5.9", 5.9, Double.POSITIVE_INFINITY).givesFigureOf(atLeast6));
        assertFalse(count("10", 10, 10).givesFigureOf(count("up to 32", 0, 32)));
        assertTrue(count("30 to 34", 30, 34).givesFigureOf(count("up to 32", 0, 32)));
        assertTrue(count("7", 7, 7).givesFigureOf(about7), "without a bound, agreeing is giving");
        assertFalse(atLeast6.givesFigureOf(about7), "a bound gives no figure but a bound's");
    }

    @Test
    void twoAboutFiguresAgreeOnlyWhenTheFiguresAreClose() {
        Value about750 = Value.amount("about $7.50", 6.75, 8.25, "USD", true);
        Value about850 = Value.amount("about $8.50", 7.65, 9.35, "USD", true);
        assertTrue(about750.approximate());
        assertFalse(about750.agreesWith(about850), "their intervals overlap, their figures are 13% apart");
        assertTrue(about750.agreesWith(Value.amount("about $7.80", 7.02, 8.58, "USD", true)));
        assertTrue(about850.agreesWith(Value.amount("$8", 7.995, 8.005, "USD")), "an exact figure within the about");
        assertFalse(Value.amount("$8", 7.995, 8.005, "USD").approximate());
    }

    @Test
    void aKeyShowsItsFiguresWhole() {
        // twelve years as days, widened by rounding: 4200.375 to 4565.625
        assertEquals("4200–4566 day", Value.formatRange(4200.375, 4565.625, "day"));
        assertEquals("4.5", Value.format(4.5));
        assertEquals("0.105", Value.format(0.105));
        assertEquals("7", Value.format(7.0));
        assertEquals("1.605e+06", Value.format(1605320.64));
    }
}
