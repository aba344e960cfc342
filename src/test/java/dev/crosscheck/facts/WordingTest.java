package dev.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How evidence reads in explanations and headlines: values mid-sentence, sources told apart, keys as words. */
class WordingTest {

    @Test
    void aValueCutFromTheStartOfASentenceOrATitleReadsInLowerCase() {
        assertEquals("at least 59", Wording.value(count("At least 59", 59, Double.POSITIVE_INFINITY)));
        assertEquals("more than 70", Wording.value(count("More Than 70", 71, Double.POSITIVE_INFINITY)));
        assertEquals("at least two", Wording.value(count("AT least two", 2, Double.POSITIVE_INFINITY)));
        assertEquals("scores", Wording.value(count("Scores of", 20, 100)), "a quantifier loses its hanging 'of'");
        assertEquals("seven", Wording.value(count("Seven", 7, 7)));
        assertEquals("25 MW", Wording.value(amount("25 MW", 25e6, "watt")), "units keep their capitals");
        assertEquals("$86.3 billion", Wording.value(amount("$86.3 billion", 86.3e9, "USD")));
        assertEquals("V12", Wording.value(category("V12")), "a word value is a name: as written");
        assertEquals("April 14, 2016", Wording.value(amount("April 14, 2016", 16905, "date")), "a month is a name");
        assertEquals("10:15 a.m. (Los Angeles, UTC-08:00: 18:15 GMT)", Wording.value(amount(
                "10:15 a.m. (Los Angeles, UTC-08:00: 18:15 GMT)", 1095, "minutes of the GMT day")),
                "what the reader added in brackets keeps its capitals");
    }

    @Test
    void twoArticlesOfOneOutletAreToldApartByArticle() {
        Assertion a = side("a1", "Evening Wire");
        Assertion b = side("b2", "Evening Wire");
        Assertion c = side("c3", "Morning Wire");
        assertEquals("Evening Wire, article a1", Wording.source(a, List.of(a, b)));
        assertEquals("Evening Wire", Wording.source(a, List.of(a, c)));
    }

    @Test
    void aKeysStemsReadAsTheSentenceWroteThem() {
        assertEquals("injured", Wording.asWritten("injur", "527 were injured in the crush"));
        assertEquals("carrying", Wording.asWritten("carri", "boats carrying copper"));
        assertEquals("walking behind", Wording.asWritten("walk behind", "with two men walking behind them"));
        assertEquals("kill", Wording.asWritten("kill", "the toll rose to 31"), "a stem the sentence lacks stays");
    }

    private static Assertion count(String text, double low, double high) {
        return assertion("a1", "Wire", Value.amount(text, low, high, "count"), text);
    }

    private static Assertion amount(String text, double value, String unit) {
        return assertion("a1", "Wire", Value.amount(text, value, value, unit), text);
    }

    private static Assertion category(String text) {
        return assertion("a1", "Wire", Value.category(text, text), text);
    }

    private static Assertion side(String article, String outlet) {
        return assertion(article, outlet, Value.category("x", "x"), "x");
    }

    private static Assertion assertion(String article, String outlet, Value value, String quote) {
        Provenance at = new Provenance(article, outlet, LocalDate.of(2023, 5, 8), 0, quote, 0, 0, quote.length(), quote);
        return new Assertion(article + "#0", "COUNT", "x · y", "count", value, null, Modality.ASSERTED, null, null,
                Set.of(), null, null, false, true, Frame.NONE, at);
    }
}
