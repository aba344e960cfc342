package dev.crosscheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void pluralsForHeadlines() {
        assertEquals("people", Words.plural("person"));
        assertEquals("People", Words.plural("Person"));
        assertEquals("women", Words.plural("woman"));
        assertEquals("companies", Words.plural("company"));
        assertEquals("boats", Words.plural("boat"));
        assertEquals("Chairmen", Words.plural("Chairman"), "a compound of man");
        assertEquals("humans", Words.plural("human"), "not humen");
        assertEquals("Germans", Words.plural("German"), "not Germen");
        assertEquals("NATO members", Words.plural("NATO member"));
    }

    @Test
    void aPluralReadsBackToItsSingular() {
        for (String noun : new String[] {"human", "fireman", "child", "company", "passenger"}) {
            assertEquals(noun, Words.singular(Words.plural(noun)));
        }
    }
}
