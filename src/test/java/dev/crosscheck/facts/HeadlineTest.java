package dev.crosscheck.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A conflict's title in plain words, whatever kind of claim it is about: never a normalised key. */
class HeadlineTest {

    @Test
    void eachKindOfClaimGetsItsTopicInTheWordsOfItsSentence() {
        assertEquals("People killed", Headline.topic(claim("COUNT", "person · kill", "count", null,
                "Police said 58 people were killed.", Frame.NONE)));
        assertEquals("People killed", Headline.topic(countAt("person · kill", "Gunmen opened fire, killing at least two people.",
                "at least two")), "a verb before the count acts on the group: a participle");
        assertEquals("People carried", Headline.topic(countAt("person · carri", "The bus was carrying 52 people.", "52")));
        assertEquals("People evacuated", Headline.topic(countAt("person · evacu", "Officials were evacuating 300 people.",
                "300")));
        assertEquals("Staff included", Headline.topic(countAt("staff · includ",
                "The bus was carrying 52 people, including 4 staff.", "4 staff")), "a noun that is its own plural, as written");
        assertEquals("Crew on board", Headline.topic(countAt("crew · on board",
                "The ship had 12 Filipino crew on board.", "12 Filipino crew")));
        assertEquals("Guards posted", Headline.topic(countAt("guard · post", "The firm posted 2 guards.", "2 guards")),
                "a noun written in its plural keeps it");
        assertEquals("Boats carrying", Headline.topic(countAt("boat · carri", "Police seized six boats carrying migrants.",
                "six")), "a verb after the count is what the group does");
        assertEquals("Dead", Headline.topic(claim("SLOT", "person · kill", "number", null,
                "The toll rose to 31.", new Frame("", Set.of(), Set.of("person"), "dead", null, null))),
                "the sentence lacks the verb: the group knowledge names");
        assertEquals("Truck weight", Headline.topic(claim("QUANTITY", "sentence 4", "mass", "truck",
                "Police stopped the 25-tonne truck.", Frame.NONE)));
        Assertion operations = claim("QUANTITY", "sentence 2", "money USD", null,
                "Profits from continuing operations were $41.2 million.", new Frame("profits from continuing operations",
                        Set.of(), Set.of("continu", "oper", "profit"), null, null, null));
        Assertion profits = claim("QUANTITY", "sentence 0", "money USD", null, "The chain posted profits of $44.2 million.",
                new Frame("posted profits of", Set.of(), Set.of("profit"), null, null, null));
        assertEquals("Profits amount", Headline.topic(operations, List.of(operations, profits)),
                "the thing both sides measure, not the first of one side's");
        assertEquals("Continuing amount", Headline.topic(operations), "alone, the first thing its frame names");
        assertEquals("Name in the same sentence", Headline.topic(claim("SLOT", "the same sentence", "name", null,
                "Both boarded the Harbour Line ferry.", Frame.NONE)));
        assertEquals("When River Gang abducted", Headline.topic(claim("SLOT", "abduct · River Gang", "date", null,
                "The girls abducted by River Gang in 2014 were seen.", new Frame("girls abducted by in", Set.of(),
                        Set.of("river gang"), null, null, null))), "the subject names who; the frame leaves them out");
        assertEquals("Where it happened (landed)", Headline.topic(claim("PLACE", "place · land", "place", null,
                "The stage landed on a ship in the Pacific.", Frame.NONE)), "a place by the act it is the place of");
        assertEquals("Where it came from (travelled)", Headline.topic(claim("PLACE", "place · travel", "origin", null,
                "The train travelled from Pyongyang.", Frame.NONE)));
        assertEquals("Jane Roe as mayor", Headline.topic(claim("OFFICE", "Jane Roe", "mayor", null,
                "The former mayor spoke.", Frame.NONE)));
        assertEquals("Engine layout of version", Headline.topic(claim("DESIGNATION", "version", "engine layout", null,
                "The version has a V8.", Frame.NONE)));
        Provenance denied = new Provenance("a1", "Daily Wire", LocalDate.of(2023, 5, 8), 0,
                "Aides said no rebel prisoners were freed.", 0, 11, 40, "no rebel prisoners were freed");
        assertEquals("Whether it happened (freed)", Headline.topic(new Assertion("a1#11", "SLOT", "the same sentence",
                "denial", Value.category("negated", "negated"), null, Modality.ASSERTED, null, null, Set.of(), null, null,
                false, true, Frame.NONE, denied)), "one act told in two sentences, named by its verb");
        Provenance phrase = new Provenance("a1", "Daily Wire", LocalDate.of(2023, 5, 8), 0,
                "They agreed to buy two garages from Heron Motor Holdings.", 0, 36, 41, "Heron");
        assertEquals("Name in the same phrase", Headline.topic(new Assertion("a1#36", "SLOT", "the same sentence",
                "name_in_phrase", Value.category("Heron", "heron"), null, Modality.ASSERTED, null, null, Set.of(), null,
                null, false, true, Frame.NONE, phrase)), "sentences that share a phrase are not one sentence");
    }

    @Test
    void theSidesNameEachValueAndItsSourceOrTheOneArticleOnce() {
        Assertion a = claim("COUNT", "person · kill", "count", null, "58 killed", Frame.NONE);
        Assertion b = new Assertion("b#0", "COUNT", "person · kill", "count", Value.amount("At least 59", 59,
                Double.POSITIVE_INFINITY, "count"), null, Modality.ASSERTED, null, null, Set.of(), null, null, true,
                true, Frame.NONE, new Provenance("a1", "Daily Wire", LocalDate.of(2023, 5, 8), 1, "At least 59 died.",
                20, 20, 31, "At least 59"));
        assertEquals("58 vs at least 59 (Daily Wire)", Headline.sides(List.of(a, b)));
        assertEquals("People killed: 58 vs at least 59 (Daily Wire)", Headline.of(null, List.of(a, b), List.of()));
        assertEquals("Toll: 58 (Daily Wire)", Headline.of("toll: {a.value} ({a.outlet})", List.of(a, b), List.of()),
                "a rule's own template, first letter made a capital");
    }

    /** A count whose quote is {@code quote}, where it stands in the sentence. */
    private static Assertion countAt(String subject, String sentence, String quote) {
        int start = sentence.indexOf(quote);
        Provenance at = new Provenance("a1", "Daily Wire", LocalDate.of(2023, 5, 8), 0, sentence, 0, start,
                start + quote.length(), quote);
        return new Assertion("a1#0", "COUNT", subject, "count", Value.amount(quote, 2, 2, "count"), null,
                Modality.ASSERTED, null, null, Set.of(), null, null, false, true, Frame.NONE, at);
    }

    private static Assertion claim(String kind, String subject, String attribute, String predicate, String sentence,
                                   Frame frame) {
        Provenance at = new Provenance("a1", "Daily Wire", LocalDate.of(2023, 5, 8), 0, sentence, 0, 0, 2, "58");
        return new Assertion("a1#0", kind, subject, attribute, Value.amount("58", 58, 58, "count"), null,
                Modality.ASSERTED, null, null, Set.of(), null, predicate, false, true, frame, at);
    }
}
